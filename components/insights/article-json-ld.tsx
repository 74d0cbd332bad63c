import type { Article } from '@/lib/content/articles';
import { getBrand } from '@/lib/brand/load';
import { absoluteUrl } from '@/lib/seo/metadata';

/** schema.org Article, so search engines read the headline, date, language and sources. */
export function ArticleJsonLd({ article }: { article: Article }) {
  const brand = getBrand();
  const url = absoluteUrl(`/${article.locale}/insights/${article.slug}`);
  const organization = {
    '@type': 'Organization',
    name: brand.name,
    url: brand.siteUrl,
    logo: { '@type': 'ImageObject', url: absoluteUrl(brand.logo) },
  };
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    inLanguage: article.locale,
    keywords: article.tags.join(', '),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: `${url}/opengraph-image`,
    // The byline names the brand's editorial team (or a person writing for it).
    author: { '@type': 'Organization', name: article.author, parentOrganization: organization },
    publisher: organization,
    citation: article.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      datePublished: s.date,
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
  };
  // "<" escaped so that no text in an article can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
