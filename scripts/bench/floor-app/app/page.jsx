export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>An empty Next.js page: what every page of the catalog pays before its own work.</p>
    </main>
  );
}
