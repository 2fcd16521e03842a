#!/usr/bin/env python3
"""
Adds lock-file entries for platform-specific optional packages that this network's npm registry
does not serve (e.g. @napi-rs/canvas-darwin-x64, an optional dependency of pdfjs-dist). npm then
leaves them out of package-lock.json, and `npm ci` refuses the lock as "out of sync". The entries
carry os/cpu/libc, so npm skips them on other platforms without downloading anything.
Run after `npm install` changes the lock: python3 scripts/fix-lock-optional-platforms.py
"""
import json

PLATFORMS = {
    'android-arm64': (['android'], ['arm64'], None),
    'darwin-arm64': (['darwin'], ['arm64'], None),
    'darwin-x64': (['darwin'], ['x64'], None),
    'linux-arm-gnueabihf': (['linux'], ['arm'], ['glibc']),
    'linux-arm64-gnu': (['linux'], ['arm64'], ['glibc']),
    'linux-arm64-musl': (['linux'], ['arm64'], ['musl']),
    'linux-riscv64-gnu': (['linux'], ['riscv64'], ['glibc']),
    'linux-x64-gnu': (['linux'], ['x64'], ['glibc']),
    'linux-x64-musl': (['linux'], ['x64'], ['musl']),
    'win32-arm64-msvc': (['win32'], ['arm64'], None),
    'win32-x64-msvc': (['win32'], ['x64'], None),
}

lock = json.load(open('package-lock.json'))
packages = lock['packages']
added = []
for path, meta in list(packages.items()):
    for dep, version in (meta.get('optionalDependencies') or {}).items():
        if not dep.startswith('@napi-rs/canvas-'):
            continue
        key = f'node_modules/{dep}'
        if key in packages:
            continue
        os_, cpu, libc = PLATFORMS[dep.removeprefix('@napi-rs/canvas-')]
        name = dep.split('/')[1]
        entry = {'version': version, 'resolved': f'https://registry.npmjs.org/{dep}/-/{name}-{version}.tgz',
                 'cpu': cpu, 'license': 'MIT', 'optional': True, 'os': os_, 'engines': {'node': '>= 10'}}
        if libc:
            entry['libc'] = libc
        packages[key] = entry
        added.append(dep)
lock['packages'] = dict(sorted(packages.items(), key=lambda kv: (kv[0] != '', kv[0])))
json.dump(lock, open('package-lock.json', 'w'), indent=2, ensure_ascii=False)
open('package-lock.json', 'a').write('\n')
print('added lock entries for', ', '.join(added) if added else 'nothing (lock already complete)')
