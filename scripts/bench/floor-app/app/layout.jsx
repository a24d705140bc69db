// The floor: the smallest Next.js App Router page, built with the project's own Next.js and React.
export const metadata = { title: "Floor", description: "An empty Next.js page, for measuring the framework's own cost." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
