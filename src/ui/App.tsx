/** Placeholder page until the interactive playground lands. */
export function App() {
  return (
    <main className="app">
      <h1>VirtScope</h1>
      <p>
        Comparative virtualization playground — the interactive page is coming; the engine runs headless today via{' '}
        <code>npm run -s cli</code>.
      </p>
    </main>
  );
}
