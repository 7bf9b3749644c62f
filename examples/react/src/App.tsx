import { useState } from 'react';
import { CountyMap, FundChart, type TxSelectEvent } from '@tongxin/react';
// The raw tag, typed by the JSX augmentation (checked props and `ontx-select`).
import '@tongxin/elements/kpi.js';
import type {} from '@tongxin/elements/jsx-react';

interface Selected {
  name: string;
  key: string;
  value: number | null;
}

export function App() {
  const [selected, setSelected] = useState<Selected | null>(null);
  const [renders, setRenders] = useState(0);
  const onSelect = (event: TxSelectEvent) => {
    const { name, key, value } = event.detail;
    setSelected({ name, key, value });
  };
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>武宣县政协 · React</h1>
      <p data-testid="selected" aria-live="polite">
        {selected ? `已选择：${selected.name}（${selected.key}）` : '点击地图上的乡镇'}
      </p>
      <p data-testid="renders">{`tx-render × ${renders}`}</p>
      <CountyMap
        src="/wuxuan/map.json"
        theme="portal"
        onTxSelect={onSelect}
        onTxRender={() => setRenders((n) => n + 1)}
        onTxError={(event) => console.error(event.detail.errors)}
      />
      <FundChart src="/wuxuan/funds.json" onTxSelect={onSelect} />
      <tx-kpi src="/wuxuan/kpi.json" theme="portal" ontx-select={onSelect} />
    </main>
  );
}
