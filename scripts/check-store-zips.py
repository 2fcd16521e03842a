#!/usr/bin/env python3
"""Checks the store packages: each zip has a manifest, and none carries the development `key`."""
import glob, json, sys, zipfile

zips = [z for z in glob.glob('.output/varsam-*.zip') if not z.endswith('-sources.zip')]
if not any(z.endswith('-chrome.zip') for z in zips) or not any(z.endswith('-firefox.zip') for z in zips):
    sys.exit(f'store zips missing (found {zips}); run "npm run build"')
for z in zips:
    manifest = json.loads(zipfile.ZipFile(z).read('manifest.json'))
    if 'key' in manifest:
        sys.exit(f'{z}: manifest carries the development "key"; store packages must not')
    if manifest.get('manifest_version') != 3:
        sys.exit(f'{z}: expected manifest_version 3')
    if z.endswith('-firefox.zip') and not manifest.get('browser_specific_settings', {}).get('gecko', {}).get('id'):
        sys.exit(f'{z}: Firefox package has no gecko id')
    print(f'ok  {z}: MV3, no key')
