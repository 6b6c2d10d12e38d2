// Run the studypack CLI and report the process's peak memory on stderr.
// Usage: node bench/rss.mjs ARGS…  (the same arguments as dist/cli/main.js)
process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`))
process.argv = [process.argv[0], 'studypack', ...process.argv.slice(2)]
await import('../dist/cli/main.js')
