import { openNotebook } from '../../../main/store/open-notebook';

/** Test helper process: opens a notebook, says so, and holds the lock until killed. */
const store = await openNotebook(process.argv[2] ?? '', { create: true, compactOnClose: false });
process.stdout.write(`open ${process.pid}\n`);
setInterval(() => void store, 1_000);
