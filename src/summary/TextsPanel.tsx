// Each included unit's 五（存在的主要问题及改进情况） and 六（其他需要报告的事项） side by side, to draft the 汇总's own text.
import type { Board } from './board';

export function TextsPanel({ board }: { board: Board }) {
  if (board.included.length === 0) return null;
  return (
    <section class="summary-section" aria-labelledby="texts-title">
      <h2 id="texts-title">各单位的五、六部分（供撰写汇总报告参考）</h2>
      <table class="summary-texts">
        <thead>
          <tr>
            <th>单位</th>
            <th>五、存在的主要问题及改进情况</th>
            <th>六、其他需要报告的事项</th>
          </tr>
        </thead>
        <tbody>
          {board.included.map((u) => (
            <tr key={u.name}>
              <th scope="row">{u.name}</th>
              <td>{u.report.texts.problems || '（空）'}</td>
              <td>{u.report.texts.other || '（空）'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
