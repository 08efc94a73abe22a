// PLACEHOLDER until import of a published report lands (issue 7).
export function ImportPage() {
  return <main class="page-message"><h1>导入上年报告</h1><a href="#/">返回首页</a></main>;
}
