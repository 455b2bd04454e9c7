import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { BucketTally } from '../../api/types';
import { TRACKED_BUCKETS, bucketColors, bucketLabels } from './labels';

// Only what this chart draws, so the lazy chunk stays small: counts print on the bars, the legend is HTML.
use([BarChart, GridSimpleComponent, CanvasRenderer]);

export interface ChartRow {
  name: string;
  tally: BucketTally;
}

const short = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);

/** The four buckets of each row as a stacked bar; a hidden table says the same to a screen reader. */
const BucketChart = ({ rows, label }: { rows: ChartRow[]; label: string }) => {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current, undefined, { locale: 'EN' });
    const names = rows.map((row) => row.name);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { formatter: short } },
      series: TRACKED_BUCKETS.map((bucket) => ({
        name: bucketLabels[bucket],
        type: 'bar',
        stack: 'buckets',
        itemStyle: { color: bucketColors[bucket] },
        label: { show: true, formatter: ({ value }: { value: number }) => (value ? String(value) : '') },
        data: rows.map((row) => row.tally.buckets[bucket].count),
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows]);

  return (
    <figure className="bucket-chart">
      <ul className="bucket-legend" aria-hidden="true">
        {TRACKED_BUCKETS.map((bucket) => (
          <li key={bucket}>
            <span className="bucket-swatch" style={{ background: bucketColors[bucket] }} />
            {bucketLabels[bucket]}
          </li>
        ))}
      </ul>
      <div
        ref={element}
        role="img"
        aria-label={label}
        style={{ width: '100%', height: Math.max(120, rows.length * 32 + 48) }}
      />
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Tên</th>
              {TRACKED_BUCKETS.map((bucket) => (
                <th scope="col" key={bucket}>
                  {bucketLabels[bucket]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.name}-${index}`}>
                <th scope="row">{row.name}</th>
                {TRACKED_BUCKETS.map((bucket) => (
                  <td key={bucket}>{row.tally.buckets[bucket].count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
};

export default BucketChart;
