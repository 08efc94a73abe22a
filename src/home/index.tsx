// PLACEHOLDER until the draft list lands (issue 4).
export function HomePage() {
  return (
    <main class="page-message">
      <h1>政府信息公开工作年度报告</h1>
      <a href="#/new/2025">新建2025年度报告</a>
    </main>
  );
}
