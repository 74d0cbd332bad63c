import { NotFoundContent } from '@/components/errors/not-found-content';

// Only for notFound() thrown inside a page, which the proxy and static params make rare;
// unmatched paths and bad report links are served by app/global-not-found.tsx.
export default function LocaleNotFound() {
  return <NotFoundContent />;
}
