#!/usr/bin/env bash
# Builds DataGuard with libFuzzer and AddressSanitizer instrumentation and runs Fuzz/GuardFuzz.swift.
# Usage: scripts/fuzz-guard.sh [SECONDS] [extra libFuzzer flags…]   (default 600 seconds)
# Findings (crashing inputs) are written to .build-fuzz/findings/; the corpus grows in .build-fuzz/corpus/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-600}"
shift || true
out=.build-fuzz
flags=(-O -parse-as-library -sanitize=fuzzer,address -wmo)

# The modules are compiled with swiftc directly, outside SwiftPM, so that no other target or build
# plugin of the package is built with the fuzzer's instrumentation.
mkdir -p "$out/modules"
swiftc "${flags[@]}" -module-name StewardCore -emit-module -emit-module-path "$out/modules/StewardCore.swiftmodule" \
    -c $(find Sources/StewardCore -name '*.swift' | sort) -o "$out/StewardCore.o"
swiftc "${flags[@]}" -module-name DataGuard -I "$out/modules" \
    -emit-module -emit-module-path "$out/modules/DataGuard.swiftmodule" \
    -c $(find Sources/DataGuard -name '*.swift' | sort) -o "$out/DataGuard.o"
swiftc "${flags[@]}" -I "$out/modules" "$out/StewardCore.o" "$out/DataGuard.o" Fuzz/GuardFuzz.swift -o "$out/guard-fuzz"

mkdir -p "$out/corpus" "$out/findings"
# Seed the corpus with short texts of every kind DataGuard looks for.
printf 'Grievant: Thomas Conner\nDOB: September 25, 1971\nSSN: 736-97-6043\n' > "$out/corpus/seed-1"
printf 'Call (478) 303-3325 x12 or +44 20 7946 0958, mail ana@union.org, from 10.0.0.1 or fe80::1' > "$out/corpus/seed-2"
printf '65491 David Flats Apt. 4, Indianapolis, IN 57184; card 4111 1111 1111 1111; MRN: 504-289-428' > "$out/corpus/seed-3"
printf '{"id": "a", "text": "Dr. Lee: congestive heart failure, metformin; Operation Bluebird; M1234567"}' > "$out/corpus/seed-4"
# Texts in Arabic, Persian and Hebrew letters, with Arabic-Indic and Persian digits.
printf 'الاسم: محمود عبد الرحمن   الرقم القومي: ٢٦٨١١٠٤٠١٠٢٨٣٧\nالعنوان: ١٤ شارع الخليفة، شقة ٧\n' \
    > "$out/corpus/seed-5"
printf 'نام: علی‌اکبر مرادی، تاریخ تولد: ۱۳۶۸/۱۱/۰۴ – ד"ר דנה כהן, ת"ז: 123456782, רחוב הרצל 14\n' \
    > "$out/corpus/seed-6"
# Texts in Chinese, Japanese and Korean letters, which run on without spaces.
printf '患者氏名：佐々木 美穂（ササキ ミホ）様　令和7年5月8日\n既往歴：2型糖尿病、潰瘍性大腸炎。フェロミア50mg\n' \
    > "$out/corpus/seed-7"
printf '성명: 김서연 회원님, 당뇨병으로 치료 중. 身份证号：11010519850312123X，王女士，患者有慢性胃炎病史\n' \
    > "$out/corpus/seed-8"
# Texts in Devanagari, Bengali and Tamil letters, with the danda.
printf 'रोगी का नाम: रमेश कुमार शर्मा। निदान: टाइप 2 मधुमेह, उच्च रक्तचाप। पता: मकान नं. 45, जयपुर 302015\n' \
    > "$out/corpus/seed-9"
printf 'রোগীর নাম: আব্দুল করিম॥ ডাঃ সুমন চৌধুরী, ১২ মার্চ ২০২৫; நோயாளி: திருமதி லட்சுமி நாராயணன்\n' \
    > "$out/corpus/seed-10"
# Texts in Ethiopic and Armenian letters with their punctuation, a bank statement's account and a chat's mention.
printf 'ስም፦ አበበ ከበደ፣ ወ/ሮ አልማዝ ተሾመ። ምርመራ: የደም ግፊት፤ Ախտորոշում՝ շաքարային դիաբետ։\n' > "$out/corpus/seed-11"
printf 'RIB : 10 006 0351234567891 23; A/C No: 1234567890; @priyanka; Kavitha a/p Subramaniam; czw. 12.06\n' \
    > "$out/corpus/seed-12"
# Central Asian addresses in Cyrillic letters, an IBAN whose groups glue digits to capitals, identity numbers of
# Zimbabwe and Angola, a Nepali month.
printf 'Бишкек ш., Токтогул көч., 125, 12-кв.; вул. Хрещатик, 22, кв. 5, Київ, 01001; BY13 NBRB 3600 2Z00 AB00\n' \
    > "$out/corpus/seed-13"
printf 'National ID: 63-123456 F 45; BI nº 004567890LA045; 15 Falgun 2081; Stand 4521, Budiriro 2, Harare; ngoSonto\n' \
    > "$out/corpus/seed-14"
# Khmer and Lao names after their labels, a street named after a date, a Balkan house after its number's word.
printf 'ឈ្មោះអ្នកជំងឺ: សុខ ដារា; ຊື່ຄົນເຈັບ: ສົມສັກ; Calle 25 de Mayo 555, apto 5; ул. Македонија бр. 12, 1000 Скопје\n' \
    > "$out/corpus/seed-15"
# Initials after a greeting, a signature before a date, a sign named after its author, Poland's account in groups.
printf 'Bonjour M. Dupont, Natalia Rusu, 12 March 2024; Murphy'"'"'s sign; konta: 12 1020 1026 0000 0402 0123 4567\n' \
    > "$out/corpus/seed-16"
# A trunk prefix before an area code in brackets, a country code in brackets, a regulator's initials before a number, a
# council's state, a signature in lower case on its line, a role before "of", a clock time after a street.
printf 'Тел.: 8 (912) 345-67-89; (+44) 20 7946 0958; MDCN/R/45123; CRM-SP 123456\nPozdrawiam,\nmarek\nHead of '\
'Service; Main Gate 7am; el Domingo\n' > "$out/corpus/seed-17"
# Tables: a file's values with quotes, columns copied with tabs, a Markdown table.
printf 'first_name,last_name,"Member #"\nMarisol,Quintero,"UM-448210"\nName\tMobile\tDOB\nTevita Fifita\t021 448 9931\t'\
'4 Jan 2016\n| Name | Phone |\n|---|---|\n| Ana Ruiz | 253-555-0182 |\n' > "$out/corpus/seed-18"
# Structured data: a JSON record, a YAML key, an HL7 message.
printf '{"last_name": "Quintero", "employee_id": 10231}\nmember_id: UM-448210\nMSH|^~\\&|LAB|H\rPID|1||448102^^^H^MR||'\
'Quintero^Marisol||19840930\nDG1|1|I10|E11.9^Type 2 diabetes^I10\n' > "$out/corpus/seed-19"
# Keys before "=" and XML's elements: a query, a log's fields, a setting, attributes, a namespace.
printf 'GET /m?last_name=Quintero&name=Dana+Whitfield&ssn=512-44-8890\nlevel=info employee_id=10231 x == "y"\n'\
'export MEMBER_ID=448210\n<p surname="Volkov"><ns:mrn> 00482913 </ns:mrn><Condition>asthma</Condition></p>\n' \
    > "$out/corpus/seed-20"
# A chat's speaker after a time in brackets, a mail's sender and recipients surname first.
printf '[10:14 AM] Whitfield, Dana\nok\n[10:15] Okafor, Ngozi (Parks)\n'\
'On Mon, Whitfield, Dana <dwhitfield@x.gov> wrote:\n> To: Okafor, Ngozi; Quintero, Marisol\n' > "$out/corpus/seed-21"
# A contact card: names, birthday, phones (one a URI), an address over its components.
printf 'BEGIN:VCARD\nN:Quintero;Marisol;;;\nBDAY:1984-09-30\nTEL;VALUE=uri:tel:+1-555-201-7719\n'\
'ADR;TYPE=HOME:;;1187 Harbor View Rd;Tacoma;WA;98422;USA\nEND:VCARD\n' > "$out/corpus/seed-22"

"$out/guard-fuzz" "$out/corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="$out/findings/" -print_final_stats=1 "$@"
