import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/metadata';

export default function robots(): MetadataRoute.Robots {
  return {
    // Reports are shareable links to one company's answers, not pages for search engines.
    rules: { userAgent: '*', allow: '/', disallow: '/*/report/' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
