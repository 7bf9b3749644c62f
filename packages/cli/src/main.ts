export async function main(argv: string[]): Promise<number> {
  console.error(`tongxin: not implemented yet (${argv.join(' ')})`);
  return 2;
}
