// The portal listens for tx-select like for any DOM event (no inline handlers: CSP).
const status = document.getElementById('selection');
document.addEventListener('tx-select', (event) => {
  const { viewId, name, value } = event.detail;
  status.textContent = `已选择：${name}${value === null ? '' : `（${value}）`} · 视图 ${viewId}`;
});
