// Node's answer to scale: N promises, each resolved by a 1 s setTimeout, gathered by Promise.all,
// as the asyncio post gathers its coroutines. scripts/bench scale runs it beside the showcase and
// times the whole process from outside; this prints the gather's wall time and the peak RSS
// (process.resourceUsage().maxRSS, in kB as VmHWM is). N is written as the showcase reads a
// count: 1000000, 1_000_000, 1e6.
const text = process.argv[2] ?? "";
const tasks = /^\d[\d_]*(\.\d+)?([eE][-+]?\d+)?$/.test(text) && !text.includes("__") && !text.endsWith("_")
  ? Number(text.replaceAll("_", "")) : NaN;
if (!Number.isInteger(tasks) || tasks < 1 || tasks > 10_000_000) {
  console.error(`million.mjs: '${text}' is not a count from 1 to 10,000,000: write it like 1000000, 1_000_000 or 1e6`);
  process.exit(2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(() => resolve(true), ms));
const start = process.hrtime.bigint();
const tasksDone = [];
for (let i = 0; i < tasks; i++) {
  tasksDone.push(sleep(1000));
}
await Promise.all(tasksDone);
const wallMillis = (process.hrtime.bigint() - start) / 1_000_000n;
console.log(`wallMillis ${wallMillis} VmHWM: ${process.resourceUsage().maxRSS} kB`);
