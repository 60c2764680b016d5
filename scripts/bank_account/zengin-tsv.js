// Writes the zengin-code npm package's banks and branches as one TSV for the server
// (server/bank_account/bankdirectory.h): a first line "version\t<package version>", then
// "B\t<bank code>\t<name>\t<kana>" per bank and "R\t<bank code>\t<branch code>\t<name>\t<kana>"
// per branch, sorted by code. Usage: node zengin-tsv.js <package dir> <out.tsv>
'use strict';
const fs = require('fs');
const path = require('path');
const [dir, out] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
const banks = require(path.resolve(dir));
const clean = (s) => String(s || '').replace(/[\t\r\n]/g, ' ');
const lines = ['version\t' + pkg.version];
for (const code of Object.keys(banks).sort()) {
    const b = banks[code];
    lines.push(['B', b.code, clean(b.name), clean(b.kana)].join('\t'));
    for (const bc of Object.keys(b.branches || {}).sort()) {
        const r = b.branches[bc];
        lines.push(['R', b.code, r.code, clean(r.name), clean(r.kana)].join('\t'));
    }
}
fs.writeFileSync(out, lines.join('\n') + '\n');
