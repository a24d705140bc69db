// The site's page addresses, written once. Client-safe: no content access.

export const entryHref = (slug: string): string => `/models/${slug}`;
export const modalityHref = (slug: string): string => `/modalities/${slug}`;
export const organizationHref = (slug: string): string => `/organizations/${slug}`;
export const eraHref = (slug: string): string => `/timeline#era-${slug}`;
