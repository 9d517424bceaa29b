<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="44" />
        <location filename="../../ui/annotationcontroller.cpp" line="53" />
        <source>a note needs some text</source>
        <translation>메모에는 내용이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="79" />
        <source>The note could not be stored: %1</source>
        <translation>메모를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="92" />
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="103" />
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="110" />
        <location filename="../../ui/annotationcontroller.cpp" line="121" />
        <source>Delete note</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="111" />
        <source>Delete this note? This cannot be undone.

“%1”</source>
        <translation>이 메모를 삭제할까요? 되돌릴 수 없습니다.

“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="114" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="24" />
        <location filename="../../ui/annotationdialog.cpp" line="100" />
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="32" />
        <source>When the note applies, in the incident&apos;s time zone</source>
        <translation>메모가 해당하는 시각(장애의 시간대 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="33" />
        <source>Note time</source>
        <translation>메모 시각</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="34" />
        <source>The incident&apos;s time zone</source>
        <translation>장애의 시간대</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="39" />
        <source>none (the whole incident)</source>
        <translation>없음(장애 전체)</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="40" />
        <source>The service the note is about, if any</source>
        <translation>메모가 다루는 서비스(있는 경우)</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="41" />
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="42" />
        <source>What happened, what was decided, what was learnt</source>
        <translation>무슨 일이 있었고, 무엇을 결정했고, 무엇을 배웠는지</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="43" />
        <source>The note (required)</source>
        <translation>메모(필수)</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="44" />
        <source>Note text</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="46" />
        <source>Who says so</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="47" />
        <source>Who wrote the note</source>
        <translation>메모를 작성한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="48" />
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="51" />
        <source>&amp;Time:</source>
        <translation>시각(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="52" />
        <source>&amp;Service:</source>
        <translation>서비스(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="53" />
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="54" />
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/annotationdialog.cpp" line="100" />
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="20" />
        <source>import FILE…: take feed files into the database</source>
        <translation>import FILE…: 피드 파일을 데이터베이스로 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="21" />
        <source>report --out FILE.pdf: write the postmortem report</source>
        <translation>report --out FILE.pdf: 포스트모템 보고서 작성</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="22" />
        <source>summary [--json]: print the figures per service</source>
        <translation>summary [--json]: 서비스별 수치 출력</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="23" />
        <source>serve --sources FILE: take feeds in headless (pollers, followers, webhook listener)</source>
        <translation>serve --sources FILE: 화면 없이 피드 수집(폴링, 파일 추적, 웹훅 수신)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="24" />
        <source>export --what timeline|series --out FILE.csv: write the timeline or the people-affected series as CSV</source>
        <translation>export --what timeline|series --out FILE.csv: 타임라인 또는 영향 인원 시계열을 CSV로 저장</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="25" />
        <source>demo: write the embedded Kakao 2022 demo into the database</source>
        <translation>demo: 내장된 카카오 2022 데모를 데이터베이스에 기록</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="26" />
        <source>migrate --from DB --to DB: copy a whole timeline into another database, e.g. a SQLite file into a shared PostgreSQL (idempotent)</source>
        <translation>migrate --from DB --to DB: 타임라인 전체를 다른 데이터베이스로 복사 (예: SQLite 파일을 공유 PostgreSQL로, 다시 실행해도 중복 없음)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="27" />
        <source>generate --services N --samples M [--seed S]: write deterministic synthetic data (benchmarks)</source>
        <translation>generate --services N --samples M [--seed S]: 결정적 합성 데이터를 씁니다(벤치마크용)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="37" />
        <source>Outage Impact Dashboard: how many people each service is failing, through its dependencies, over the whole recovery.</source>
        <translation>장애 영향 대시보드: 각 서비스 장애가 의존성을 통해 복구 전 기간 동안 몇 명에게 영향을 주는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="43" />
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="44" />
        <source>Start as a full-screen wall display (big tiles, rotating views, no menus; Esc leaves).</source>
        <translation>전체 화면 상황판으로 시작(큰 타일, 화면 순환, 메뉴 없음, Esc로 나가기).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="45" />
        <source>Wall display: the screen to fill, 0 for the first (remembered).</source>
        <translation>상황판: 채울 화면 번호, 첫 화면은 0(기억됨).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="46" />
        <location filename="../../app/commandline.cpp" line="69" />
        <source>n</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="47" />
        <source>Wall display: seconds between views, 0 to stay on one (default 20; remembered).</source>
        <translation>상황판: 화면 전환 간격(초), 0이면 전환 안 함(기본값 20, 기억됨).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="48" />
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="49" />
        <source>Colour theme: light or dark.</source>
        <translation>색상 테마: light 또는 dark.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="49" />
        <location filename="../../app/commandline.cpp" line="54" />
        <location filename="../../app/commandline.cpp" line="58" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="50" />
        <source>Language of the interface and reports: ko or en (default: the system&apos;s).</source>
        <translation>화면과 보고서의 언어: ko 또는 en(기본값: 시스템 언어).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="51" />
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="52" />
        <source>Save a PNG of the dashboard window and quit.</source>
        <translation>대시보드 창을 PNG로 저장하고 종료.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="52" />
        <location filename="../../app/commandline.cpp" line="56" />
        <location filename="../../app/commandline.cpp" line="75" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="53" />
        <source>Feed format for import: %1.</source>
        <translation>가져올 피드 형식: %1.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="55" />
        <source>Incident id for report and summary (default: the main one).</source>
        <translation>보고서와 요약에 쓸 장애 ID(기본값: 주 장애).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="55" />
        <location filename="../../app/commandline.cpp" line="64" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="56" />
        <source>Output file of report.</source>
        <translation>보고서 출력 파일.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="57" />
        <source>summary, report: also compare with this what-if scenario of the incident (people-hours recorded, with the scenario, saved).</source>
        <translation>summary, report: 이 장애의 가정(what-if) 시나리오와도 비교(기록된 인시(人時), 시나리오 적용 시, 절감분).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="60" />
        <location filename="../../app/commandline.cpp" line="62" />
        <source>time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="63" />
        <source>report: add a comparison with this incident (chart and both milestone tables).</source>
        <translation>report: 이 장애와의 비교 추가(차트와 양쪽 마일스톤 표).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="65" />
        <source>export: timeline (updates, state changes, notes) or series (people affected over time).</source>
        <translation>export: timeline(업데이트, 상태 변경, 메모) 또는 series(시간별 영향 인원).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="66" />
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="67" />
        <source>summary: print JSON (times as epoch seconds, durations in seconds).</source>
        <translation>summary: JSON 출력(시각은 epoch 초, 기간은 초).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="68" />
        <source>generate: how many services (default 4).</source>
        <translation>generate: 서비스 수(기본값 4).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="70" />
        <source>generate: samples per service, one a second (default 100000).</source>
        <translation>generate: 서비스당 샘플 수, 초당 하나(기본값 100000).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="71" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="72" />
        <source>generate: the seed; the same seed gives the same data (default 42).</source>
        <translation>generate: 시드. 같은 시드는 같은 데이터를 만듭니다(기본값 42).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="73" />
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="74" />
        <source>Sources file (JSON, see docs/sources.md) for serve and for live feeds in the dashboard.</source>
        <translation>serve와 대시보드 실시간 피드용 소스 파일(JSON, docs/sources.md 참고).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="76" />
        <source>summary, report: the availability a reported state counts as, e.g. degraded=0.5,unknown=last (keys: degraded, partial, major, maintenance, operational, unknown; &quot;last&quot; keeps the last known; the rest keep their default).</source>
        <translation>summary, report: 보고된 상태를 가용성으로 환산하는 값, 예: degraded=0.5,unknown=last(키: degraded, partial, major, maintenance, operational, unknown; &quot;last&quot;는 마지막으로 알려진 값을 유지, 나머지는 기본값 유지).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="77" />
        <source>spec</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="78" />
        <source>Report paper size: a4 or letter.</source>
        <translation>보고서 용지 크기: a4 또는 letter.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="78" />
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="81" />
        <source>One of: import, report, summary, export, serve, demo. Without one, the dashboard opens.</source>
        <translation>import, report, summary, export, serve, demo 중 하나. 없으면 대시보드가 열립니다.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="152" />
        <source>unknown command &quot;%1&quot; (commands: import, report, summary, export, serve, demo, migrate, generate)</source>
        <translation>알 수 없는 명령 &quot;%1&quot; (명령: import, report, summary, export, serve, demo, migrate, generate)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="166" />
        <source>no screen &quot;%1&quot; (screens: 0 to %2)</source>
        <translation>화면 &quot;%1&quot;이(가) 없습니다(화면: 0~%2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="172" />
        <source>--rotate needs seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--rotate에는 0~86400 사이의 초가 필요합니다(입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="202" />
        <source>migrate needs --from DB and --to DB (a SQLite file or postgresql://…)</source>
        <translation>migrate에는 --from DB와 --to DB가 필요합니다 (SQLite 파일 또는 postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="204" />
        <source>migrate needs two different databases</source>
        <translation>migrate에는 서로 다른 두 데이터베이스가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="211" />
        <source>--%1 needs an RFC 3339 time such as 2022-10-15T06:00:00Z, not &quot;%2&quot;</source>
        <translation>--%1에는 2022-10-15T06:00:00Z 같은 RFC 3339 시각이 필요합니다(입력: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="216" />
        <source>--from must come before --to</source>
        <translation>--from은 --to보다 앞서야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="218" />
        <source>--from and --to are for summary, report and export</source>
        <translation>--from과 --to는 summary, report, export용입니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="220" />
        <source>--compare is for report</source>
        <translation>--compare는 report용입니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="222" />
        <source>export needs --what timeline or --what series</source>
        <translation>export에는 --what timeline 또는 --what series가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="224" />
        <source>export needs --out FILE.csv</source>
        <translation>export에는 --out FILE.csv가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="247" />
        <source>--scenario is for summary and report</source>
        <translation>--scenario는 summary와 report용입니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="249" />
        <source>serve needs --sources FILE</source>
        <translation>serve에는 --sources FILE이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="83" />
        <source>Files to import.</source>
        <translation>가져올 파일.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="42" />
        <source>Timeline database: a SQLite file, or postgresql://user@host:port/dbname for a timeline shared by several hosts (password from PGPASSWORD or ~/.pgpass). Default: %1.</source>
        <translation>타임라인 데이터베이스: SQLite 파일, 또는 여러 호스트가 함께 쓰는 타임라인이면 postgresql://user@host:port/dbname (비밀번호는 PGPASSWORD 또는 ~/.pgpass에서). 기본값: %1.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="59" />
        <source>summary, report, export: start of the window the figures cover (RFC 3339, e.g. 2022-10-15T06:00:00Z); migrate: the database to copy from.</source>
        <translation>summary, report, export: 수치를 계산할 구간의 시작 (RFC 3339, 예: 2022-10-15T06:00:00Z); migrate: 복사할 원본 데이터베이스.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="61" />
        <source>summary, report, export: end of the window the figures cover (RFC 3339); migrate: the database to copy into.</source>
        <translation>summary, report, export: 수치를 계산할 구간의 끝 (RFC 3339); migrate: 복사해 넣을 데이터베이스.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="123" />
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="126" />
        <source>Exit status: 0 done, 1 error, 2 usage error, 3 done but some records were rejected.</source>
        <translation>종료 상태: 0 완료, 1 오류, 2 사용법 오류, 3 완료했으나 일부 레코드가 거부됨.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="192" />
        <source>--services needs 1 to 1000</source>
        <translation>--services는 1에서 1000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="194" />
        <source>--samples needs 1 to 100000000 per service</source>
        <translation>--samples는 서비스당 1에서 100000000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="196" />
        <source>--seed needs a non-negative integer</source>
        <translation>--seed는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="227" />
        <source>unknown format &quot;%1&quot; (formats: %2)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (형식: %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="229" />
        <source>unknown theme &quot;%1&quot; (themes: light, dark)</source>
        <translation>알 수 없는 테마 &quot;%1&quot; (테마: light, dark)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="231" />
        <source>unknown language &quot;%1&quot; (languages: ko, en)</source>
        <translation>알 수 없는 언어 &quot;%1&quot;(언어: ko, en)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="233" />
        <source>unknown paper size &quot;%1&quot; (sizes: a4, letter)</source>
        <translation>알 수 없는 용지 크기 &quot;%1&quot; (크기: a4, letter)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="241" />
        <source>import needs at least one file</source>
        <translation>import에는 파일이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="243" />
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상치 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="245" />
        <source>report needs --out FILE.pdf</source>
        <translation>report에는 --out FILE.pdf가 필요합니다</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/commands.cpp" line="48" />
        <source>%1 holds no data: import a feed, or run: outagedash demo --db %1</source>
        <translation>%1에 데이터가 없습니다: 피드를 가져오거나 다음을 실행하세요: outagedash demo --db %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="58" />
        <source>no incident &quot;%1&quot; in %2 (incidents: %3)</source>
        <translation>%2에 인시던트 &quot;%1&quot;이(가) 없습니다 (인시던트: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="86" />
        <source>no scenario &quot;%1&quot; for incident %2 (scenarios: %3)</source>
        <translation>장애 %2에 시나리오 &quot;%1&quot;이(가) 없습니다(시나리오: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="87" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="101" />
        <source>no incident &quot;%1&quot; to compare with in %2 (incidents: %3)</source>
        <translation>%2에 비교할 장애 &quot;%1&quot;이(가) 없습니다(장애: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="124" />
        <source>SQLite unavailable</source>
        <translation>SQLite를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="139" />
        <source>%1:%2: rejected (byte %3, field &quot;%4&quot;): %5</source>
        <translation>%1:%2: 거부됨 (바이트 %3, 필드 &quot;%4&quot;): %5</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="142" />
        <source>%1: %2 more rejected records are in the rejects table</source>
        <translation>%1: 나머지 거부된 레코드 %2건은 rejects 테이블에 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="149" />
        <source>%1: %2 records, %3 new, %4 already stored, %5 rejected</source>
        <translation>%1: 레코드 %2건, 신규 %3건, 기존 저장 %4건, 거부 %5건</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="172" />
        <source>not reached</source>
        <translation>미도달</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183" />
        <location filename="../../app/commands.cpp" line="197" />
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183" />
        <source>users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183" />
        <source>peak</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183" />
        <source>people-hours</source>
        <translation>인시</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183" />
        <source>first partial</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183" />
        <source>full recovery</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="191" />
        <location filename="../../app/commands.cpp" line="206" />
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="196" />
        <source>What if: %1</source>
        <translation>가정: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="198" />
        <source>recorded</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="198" />
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="199" />
        <source>saved</source>
        <translation>절감</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="208" />
        <source>With %1, %2 people-hours (%3 %) would have been saved.</source>
        <translation>%1이면 %2 인시(%3%)를 줄일 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="226" />
        <source>The Kakao 2022 demo is in %1</source>
        <translation>카카오 2022 데모가 %1에 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="254" />
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="271" />
        <source>%1 % (%2 of %3 samples)</source>
        <translation>%1% (샘플 %3개 중 %2개)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="283" />
        <source>%1 services × %2 samples (seed %3) written to %4</source>
        <translation>서비스 %1개 × 샘플 %2개(시드 %3)를 %4에 썼습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="298" />
        <source>%1: %2 new records, %3 rejected</source>
        <translation>%1: 새 레코드 %2건, 거부 %3건</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="302" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="308" />
        <source>Serving %1 sources into %2</source>
        <translation>소스 %1개를 %2(으)로 수집 중</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="310" />
        <source>; webhooks on http://%1:%2/hooks/&lt;source&gt;</source>
        <translation>; 웹훅 주소 http://%1:%2/hooks/&lt;source&gt;</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="335" />
        <source>%1 rows written to %2</source>
        <translation>%2에 %1행을 썼습니다</translation>
    </message>
    <message>
        <location filename="../../models/csvexporter.cpp" line="187" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="24" />
        <source>%1 holds no data: nothing to copy</source>
        <translation>%1에 데이터가 없습니다: 복사할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="38" />
        <source>%1 % of %2 samples</source>
        <translation>샘플 %2개 중 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="43" />
        <source>What was copied before the error is kept; running the same command again continues without doubling anything.</source>
        <translation>오류 전까지 복사된 것은 유지됩니다. 같은 명령을 다시 실행하면 중복 없이 이어서 복사합니다.</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="47" />
        <source>Copied %1 into %2: %3 records read, %4 new, %5 already there</source>
        <translation>%1을(를) %2(으)로 복사했습니다: 레코드 %3개 읽음, 새 레코드 %4개, 이미 있던 레코드 %5개</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="28" />
        <source>All data (no incident)</source>
        <translation>전체 데이터(장애 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="45" />
        <source>Total people affected, from each incident&apos;s start</source>
        <translation>각 장애 시작부터의 전체 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="65" />
        <source>Millions of people</source>
        <translation>인원(백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="66" />
        <source>Thousands of people</source>
        <translation>인원(천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="67" />
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="79" />
        <source>Hours since the incident began</source>
        <translation>장애 시작 후 경과 시간(시간)</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="49" />
        <source>Milestones of the first incident</source>
        <translation>첫 번째 장애의 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="50" />
        <source>Milestones of the second incident</source>
        <translation>두 번째 장애의 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="64" />
        <source>Incident &amp;A:</source>
        <translation>장애 &amp;A:</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="64" />
        <source>The first incident to compare (solid line)</source>
        <translation>비교할 첫 번째 장애(실선)</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="66" />
        <source>Incident &amp;B:</source>
        <translation>장애 &amp;B:</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="66" />
        <source>The second incident to compare (dashed line)</source>
        <translation>비교할 두 번째 장애(점선)</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="70" />
        <source>Total people affected by both incidents, from each one&apos;s start</source>
        <translation>두 장애의 각 시작부터의 전체 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="210" />
        <source>No incident chosen</source>
        <translation>선택한 장애 없음</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="216" />
        <source>solid line</source>
        <translation>실선</translation>
    </message>
    <message>
        <location filename="../../ui/comparewidget.cpp" line="217" />
        <source>dashed line</source>
        <translation>점선</translation>
    </message>
</context>
<context>
    <name>CountingMethod</name>
    <message>
        <location filename="../../models/countingmethod.cpp" line="21" />
        <source>People affected = users × (1 − availability). Measured availability samples are used where present; otherwise a reported state counts as: degraded %1 % affected, partial outage %2 %, major outage %3 %, maintenance %4 %.</source>
        <translation>영향 인원 = 사용자 수 × (1 − 가용성). 측정된 가용성 샘플이 있으면 이를 사용하고, 없으면 보고된 상태를 다음과 같이 계산합니다: 성능 저하 %1% 영향, 부분 장애 %2%, 주요 장애 %3%, 점검 %4%.</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="29" />
        <source>An unknown state keeps the last known availability.</source>
        <translation>알 수 없음 상태에서는 마지막으로 확인된 가용성을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="30" />
        <source>An unknown state counts as %1 % affected.</source>
        <translation>알 수 없음 상태는 %1% 영향으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="32" />
        <source>A dependency&apos;s failure reaches its share of the dependent&apos;s users: effective availability = own × Π(1 − share × (1 − dependency&apos;s effective availability)).</source>
        <translation>의존성의 장애는 의존하는 서비스 사용자 중 해당 비율만큼에 영향을 줍니다: 실효 가용성 = 자체 가용성 × Π(1 − 비율 × (1 − 의존성의 실효 가용성)).</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="84" />
        <source>the counting spec is empty (expected e.g. &quot;%1&quot;)</source>
        <translation>집계 설정이 비어 있습니다(예: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="92" />
        <source>empty entry in counting spec &quot;%1&quot;</source>
        <translation>집계 설정 &quot;%1&quot;에 빈 항목이 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="97" />
        <source>unknown key &quot;%1&quot; in counting spec (keys: %2)</source>
        <translation>집계 설정에 알 수 없는 키 &quot;%1&quot;(키: %2)</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="100" />
        <source>&quot;%1&quot; has no value in counting spec (expected %1=NUMBER)</source>
        <translation>집계 설정에서 &quot;%1&quot;에 값이 없습니다(%1=숫자 형식 필요)</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="103" />
        <source>&quot;%1&quot; is given twice in counting spec</source>
        <translation>집계 설정에 &quot;%1&quot;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="109" />
        <source>&quot;%1=last&quot;: only unknown can keep the last known availability</source>
        <translation>&quot;%1=last&quot;: 마지막 가용성 유지는 unknown에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="117" />
        <source>&quot;%1&quot; must be an availability from 0 to 1 in counting spec, not &quot;%2&quot;</source>
        <translation>집계 설정에서 &quot;%1&quot;은(는) 0~1 사이 가용성이어야 합니다(입력: &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <location filename="../../models/dashboardsession.cpp" line="89" />
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../models/dashboardsession.cpp" line="90" />
        <source>%1 — showing the data as loaded at %2; trying again every %3 s</source>
        <translation>%1 — %2에 불러온 데이터를 표시하는 중이며 %3초마다 다시 시도합니다</translation>
    </message>
</context>
<context>
    <name>DashboardViews</name>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="24" />
        <source>&amp;Recovery</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="25" />
        <source>&amp;State timeline</source>
        <translation>상태 타임라인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="26" />
        <source>De&amp;pendencies</source>
        <translation>의존성(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="27" />
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="28" />
        <source>&amp;What if</source>
        <translation>가정 분석(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="29" />
        <source>People affected by service over time (wheel: zoom, drag: pan, 0: reset)</source>
        <translation>서비스별 시간에 따른 영향 인원(휠: 확대/축소, 드래그: 이동, 0: 초기화)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="30" />
        <source>Each service&apos;s state over time, with milestones and notes</source>
        <translation>서비스별 시간에 따른 상태, 마일스톤과 메모 포함</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="31" />
        <source>Which service needs which, coloured by state at the cursor</source>
        <translation>서비스 간 의존 관계, 커서 시점 상태별 색상</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="32" />
        <source>Two incidents overlaid from their start, milestones side by side</source>
        <translation>두 장애를 시작 시점 기준으로 겹쳐 보기, 마일스톤 나란히 비교</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="33" />
        <source>The incident replayed with a different recovery, and the people-hours it would save</source>
        <translation>다른 복구로 다시 재생한 인시던트와 그로 인해 절약되었을 인시</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="84" />
        <source>How it is counted: %1</source>
        <translation>집계 방법: %1</translation>
    </message>
</context>
<context>
    <name>DependencyView</name>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="46" />
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="52" />
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="70" />
        <source>%1 affected</source>
        <translation>영향 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="72" />
        <source>%1 own</source>
        <translation>자체 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="73" />
        <source>%1 through dependencies</source>
        <translation>의존성 경유 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="140" />
        <source>Arrows point from a service to what it needs; the label is the share of its users that a failure there reaches. People affected at %1.</source>
        <translation>화살표는 서비스에서 그 서비스가 의존하는 대상으로 향하며, 레이블은 그곳의 장애가 미치는 사용자 비율입니다. %1 기준 영향 인원.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="280" />
        <source>Dependency view: services, what they need, and the people affected at the cursor</source>
        <translation>의존성 보기: 서비스, 의존 대상, 커서 시점의 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="323" />
        <source>No services to show</source>
        <translation>표시할 서비스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="378" />
        <source>%1 needs %2: a failure there reaches %3 of its users.</source>
        <translation>%1은(는) %2에 의존: 그곳의 장애는 사용자의 %3에 영향을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="384" />
        <source>%1 users</source>
        <translation>사용자 %1명</translation>
    </message>
</context>
<context>
    <name>FeedSourceModel</name>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="53" />
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="56" />
        <source>STALE: silent for %1 s</source>
        <translation>데이터 중단: %1초째 무응답</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="57" />
        <source>STALE: never reported</source>
        <translation>데이터 중단: 보고 기록 없음</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="59" />
        <source>%1; last error: %2</source>
        <translation>%1; 마지막 오류: %2</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="61" />
        <source>reporting</source>
        <translation>보고 중</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="61" />
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="71" />
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="72" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="73" />
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="74" />
        <source>Last report</source>
        <translation>마지막 보고</translation>
    </message>
    <message>
        <location filename="../../models/feedsourcemodel.cpp" line="75" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="41" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="41" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="42" />
        <location filename="../../ui/importcontroller.cpp" line="97" />
        <location filename="../../ui/importcontroller.cpp" line="99" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="54" />
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="60" />
        <source>%1: %2
Trying again in %3 s…</source>
        <translation>%1: %2
%3초 후 다시 시도합니다…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="72" />
        <source>%1: import failed: %2</source>
        <translation>%1: 가져오기 실패: %2</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="75" />
        <source>%1: cancelled after %2 records (those are kept)</source>
        <translation>%1: 레코드 %2건 처리 후 취소됨 (처리된 레코드는 유지됨)</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="76" />
        <source>%1: %2 records, %3 new, %4 already stored, %5 rejected</source>
        <translation>%1: 레코드 %2건, 신규 %3건, 기존 저장 %4건, 거부 %5건</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="80" />
        <source>  line %1, field &quot;%2&quot;: %3</source>
        <translation>  %1행, 필드 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="83" />
        <source>  … and %1 more rejected records, kept in the rejects table</source>
        <translation>  … 외 거부된 레코드 %1건은 rejects 테이블에 보관됨</translation>
    </message>
</context>
<context>
    <name>IncidentHeaderWidget</name>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="19" />
        <source>Demo: the Kakao outage of 15–20 October 2022, built from the public record. Availability curves are derived, not measured. Import your own feeds with File ▸ Import.</source>
        <translation>데모: 공개 기록을 바탕으로 구성한 2022년 10월 15–20일 카카오 장애입니다. 가용성 곡선은 측정값이 아닌 추정값입니다. 자체 피드는 파일 ▸ 가져오기로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="58" />
        <source>Nothing recorded yet</source>
        <translation>아직 기록된 데이터가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="59" />
        <source>All recorded data</source>
        <translation>기록된 전체 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="72" />
        <source>Import feed files (File ▸ Import, or drop them on the window), add live sources (File ▸ Sources), or copy a timeline in with: outagedash migrate --from FILE --to DB</source>
        <translation>피드 파일을 가져오거나(파일 ▸ 가져오기, 또는 창에 끌어다 놓기), 실시간 소스를 추가하거나(파일 ▸ 소스), 다음 명령으로 타임라인을 복사해 오세요: outagedash migrate --from FILE --to DB</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="80" />
        <source>%1 people affected across all services</source>
        <translation>전체 서비스 영향 인원 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="83" />
        <source>As at %1, %2 after the outage began</source>
        <translation>%1 기준, 장애 발생 %2 후</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="84" />
        <source>As at %1, before the outage began</source>
        <translation>%1 기준, 장애 발생 전</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="60" />
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="81" />
        <source>Incident</source>
        <translation>인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="84" />
        <source>&amp;Incident: </source>
        <translation>인시던트(&amp;I): </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="88" />
        <source>The incident whose figures the dashboard shows</source>
        <translation>대시보드에 수치를 표시할 인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="103" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="135" />
        <source>Showing the embedded demo dataset (%1)</source>
        <translation>내장 데모 데이터 세트 표시 중 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="144" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="145" />
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="147" />
        <source>Import feed files (NDJSON); you can also drop files on the window</source>
        <translation>피드 파일(NDJSON) 가져오기. 파일을 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="148" />
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="150" />
        <source>Write the postmortem report of this incident as a PDF</source>
        <translation>이 인시던트의 포스트모템 보고서를 PDF로 작성</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="152" />
        <source>&amp;Sources…</source>
        <translation>소스(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="154" />
        <source>Live feeds: polled URLs, followed files and the webhook listener</source>
        <translation>실시간 피드: 폴링 URL, 추적 파일, 웹훅 수신기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="156" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="159" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="160" />
        <source>&amp;Dark theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="165" />
        <source>&amp;Wall display</source>
        <translation>상황판 모드(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="168" />
        <source>Full screen for a wall display: big tiles, rotating views, no menus; Esc leaves</source>
        <translation>상황판용 전체 화면: 큰 타일, 화면 순환, 메뉴 없음. Esc로 나가기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="169" />
        <source>&amp;Filter timeline</source>
        <translation>타임라인 필터(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="172" />
        <source>&amp;Rejected records…</source>
        <translation>거부된 레코드(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="174" />
        <source>What sources sent that could not be taken, and why</source>
        <translation>소스가 보냈지만 받아들이지 못한 내용과 그 이유</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="176" />
        <source>&amp;Counting method…</source>
        <translation>집계 방법(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="177" />
        <source>How degraded, partial and major states count against availability</source>
        <translation>성능 저하, 부분 장애, 주요 장애 상태를 가용성에 반영하는 방법</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="179" />
        <source>What-if &amp;scenarios…</source>
        <translation>가정 시나리오(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="183" />
        <source>Replay the incident with a different recovery and see the people-hours it would save</source>
        <translation>다른 복구로 인시던트를 다시 재생하고 절약되었을 인시를 확인합니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="185" />
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="186" />
        <source>&amp;Add note at cursor…</source>
        <translation>커서 위치에 메모 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189" />
        <source>&amp;Edit selected note…</source>
        <translation>선택한 메모 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194" />
        <source>&amp;Delete selected note…</source>
        <translation>선택한 메모 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="206" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207" />
        <source>&amp;About Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="208" />
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="323" />
        <source>Visible chart range</source>
        <translation>차트에 보이는 범위</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="324" />
        <source>First 24 hours</source>
        <translation>처음 24시간</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="326" />
        <source>Before the all-clear</source>
        <translation>완전 복구 이전</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="344" />
        <source>Import feed files</source>
        <translation>피드 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="344" />
        <source>Feed files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>피드 파일 (*.ndjson *.jsonl *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354" />
        <location filename="../../ui/mainwindow.cpp" line="366" />
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="364" />
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="366" />
        <source>The report could not be written: %1</source>
        <translation>보고서를 작성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="373" />
        <source>About Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드 정보</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="374" />
        <source>&lt;h3&gt;Outage Impact Dashboard %1&lt;/h3&gt;&lt;p&gt;Shows how many people each service is failing, through its dependencies, over the whole recovery.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;장애 영향 대시보드 %1&lt;/h3&gt;&lt;p&gt;각 서비스의 장애가 의존성을 통한 영향까지 포함해 복구 전 과정에 걸쳐 얼마나 많은 사람에게 영향을 주는지 보여 줍니다.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;&lt;p&gt;데이터베이스: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="401" />
        <location filename="../../ui/mainwindow.cpp" line="414" />
        <source>Counting method</source>
        <translation>집계 방법</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="402" />
        <source>Availability each reported state counts as (0 = everyone affected, 1 = nobody); unknown=last keeps the last known value:</source>
        <translation>보고된 상태별 가용성 환산값(0 = 전원 영향, 1 = 영향 없음). unknown=last는 마지막 값을 유지합니다:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="422" />
        <source>Live sources from %1</source>
        <translation>%1의 실시간 소스</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="23" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="83" />
        <source>Not reached within the incident&apos;s window</source>
        <translation>장애 구간 안에 도달하지 않음</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="85" />
        <source>%1 %2 (%3 after the start)</source>
        <translation>%1 %2(시작 후 %3)</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="107" />
        <source>Peak</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="108" />
        <source>People-hours</source>
        <translation>인시</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="109" />
        <source>First partial</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="110" />
        <source>50 %</source>
        <translation>50%</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="111" />
        <source>90 %</source>
        <translation>90%</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="112" />
        <source>99 %</source>
        <translation>99%</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="113" />
        <source>Full</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="120" />
        <source>Most people affected at one time</source>
        <translation>한 시점의 최대 영향 인원</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="121" />
        <source>People affected × hours, over the incident&apos;s window</source>
        <translation>영향 인원 × 시간(장애 구간 전체)</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="122" />
        <source>Time from the start to the first fall after the peak</source>
        <translation>시작부터 최대치 이후 첫 감소까지의 시간</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="126" />
        <source>Time from the start until people affected fell to %1 % of the peak</source>
        <translation>시작부터 영향 인원이 최대치의 %1%로 줄기까지의 시간</translation>
    </message>
    <message>
        <location filename="../../models/milestonetablemodel.cpp" line="128" />
        <source>Time from the start until nobody was affected any more</source>
        <translation>시작부터 영향 인원이 없어지기까지의 시간</translation>
    </message>
</context>
<context>
    <name>RecoveryChart</name>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="49" />
        <source>Time (%1)</source>
        <translation>시각 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="79" />
        <source>People affected by service</source>
        <translation>서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="92" />
        <source>Millions of people</source>
        <translation>인원 (백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="93" />
        <source>Thousands of people</source>
        <translation>인원 (천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="94" />
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
</context>
<context>
    <name>RecoveryChartView</name>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="35" />
        <source>Recovery chart: people affected by service over time</source>
        <translation>복구 차트: 시간에 따른 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="36" />
        <source>Scroll to zoom at the pointer, drag to pan; + and − zoom, arrow keys pan, 0 or Esc shows the whole incident.</source>
        <translation>스크롤로 포인터 위치 확대/축소, 드래그로 이동. +와 −로 확대/축소, 화살표 키로 이동, 0 또는 Esc로 장애 전체 보기.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="347" />
        <source>Scroll to zoom at the pointer, drag to pan; + − ← → keys; 0 or Esc shows the whole incident.</source>
        <translation>스크롤로 포인터 위치 확대/축소, 드래그로 이동. + − ← → 키 사용, 0 또는 Esc로 장애 전체 보기.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="354" />
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
</context>
<context>
    <name>RejectModel</name>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="41" />
        <source>line %1, byte %2</source>
        <translation>%1행, %2바이트</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="41" />
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="61" />
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="62" />
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="63" />
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="64" />
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="65" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../models/rejectmodel.cpp" line="66" />
        <source>What was sent</source>
        <translation>보낸 내용</translation>
    </message>
</context>
<context>
    <name>RejectsDialog</name>
    <message>
        <location filename="../../ui/rejectsdialog.cpp" line="17" />
        <location filename="../../ui/rejectsdialog.cpp" line="23" />
        <source>Rejected records</source>
        <translation>거부된 레코드</translation>
    </message>
    <message>
        <location filename="../../ui/rejectsdialog.cpp" line="27" />
        <source>What sources sent that could not be taken (newest first, up to 1,000). Nothing here was stored; fix the source and send it again.</source>
        <translation>소스가 보냈지만 받아들이지 못한 내용(최신순, 최대 1,000건). 여기 있는 것은 저장되지 않았습니다. 소스를 고친 뒤 다시 보내세요.</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../../ui/replaybar.cpp" line="26" />
        <source>Previous milestone (Ctrl+Left)</source>
        <translation>이전 마일스톤(Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="27" />
        <source>Previous milestone</source>
        <translation>이전 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="33" />
        <location filename="../../ui/replaybar.cpp" line="89" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="39" />
        <source>Next milestone (Ctrl+Right)</source>
        <translation>다음 마일스톤(Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="40" />
        <source>Next milestone</source>
        <translation>다음 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="45" />
        <source>1×</source>
        <translation>1배</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="46" />
        <source>60× (a minute a second)</source>
        <translation>60배(1초에 1분)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="47" />
        <source>3600× (an hour a second)</source>
        <translation>3600배(1초에 1시간)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="48" />
        <source>Replay speed: incident time per second of wall-clock time</source>
        <translation>재생 속도: 실제 1초당 장애 시간</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="49" />
        <source>Replay speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="54" />
        <source>Replay time</source>
        <translation>재생 시각</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="55" />
        <source>Where the replay is, in the incident&apos;s time zone</source>
        <translation>재생 위치(장애의 시간대 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="58" />
        <source>Replay:</source>
        <translation>재생:</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="88" />
        <source>Pause the replay (Space)</source>
        <translation>재생 일시 정지(Space)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="88" />
        <source>Play through the incident (Space)</source>
        <translation>장애 전체 재생(Space)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="89" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../../ui/reportpagewriter.cpp" line="99" />
        <source>page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <location filename="../../ui/reportpagewriter.cpp" line="100" />
        <source>page %1</source>
        <translation>%1 페이지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="82" />
        <location filename="../../ui/reportrenderer.cpp" line="95" />
        <source>Cannot write the report to %1: %2</source>
        <translation>보고서를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="91" />
        <source>Cannot draw the report into %1.</source>
        <translation>보고서를 %1에 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="114" />
        <location filename="../../ui/reportpreview.cpp" line="31" />
        <source>Postmortem report</source>
        <translation>포스트모템 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="117" />
        <source>Generated %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="118" />
        <source>Generated %1 by %2</source>
        <translation>생성: %1, 작성자: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="146" />
        <location filename="../../ui/reportrenderer.cpp" line="287" />
        <location filename="../../ui/reportrenderer.cpp" line="481" />
        <location filename="../../ui/reportsections.cpp" line="135" />
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="181" />
        <source>POSTMORTEM REPORT</source>
        <translation>포스트모템 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="186" />
        <location filename="../../ui/reportsections.cpp" line="141" />
        <source>d MMM yyyy HH:mm</source>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="201" />
        <source>severity %1</source>
        <translation>심각도 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="202" />
        <source>Incident</source>
        <translation>인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="205" />
        <location filename="../../ui/reportrenderer.cpp" line="208" />
        <source>Window</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="206" />
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="208" />
        <source>%1 – not resolved</source>
        <translation>%1 – 미해결</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="212" />
        <source>Detected</source>
        <translation>탐지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="214" />
        <source>Mitigated</source>
        <translation>완화</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="215" />
        <source>Figures over</source>
        <translation>집계 기간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="216" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="219" />
        <location filename="../../ui/reportsections.cpp" line="426" />
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="221" />
        <source>Data sources</source>
        <translation>데이터 소스</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="226" />
        <source>Generated at</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="228" />
        <source>Generated by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="233" />
        <source>Demo dataset: derived curves. The figures are reconstructed from the public record and the stated assumptions, not measured.</source>
        <translation>데모 데이터 세트: 추정 곡선. 수치는 측정값이 아니라 공개 기록과 명시된 가정을 바탕으로 재구성한 것입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="238" />
        <location filename="../../ui/reportrenderer.cpp" line="445" />
        <source>What happened</source>
        <translation>발생 경위</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="246" />
        <source>Impact by service</source>
        <translation>서비스별 영향</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="248" />
        <source>there are no services in the window</source>
        <translation>해당 기간에 서비스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="250" />
        <source>The figures could not be computed: %1</source>
        <translation>수치를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="260" />
        <source>Peak people affected (sum over services)</source>
        <translation>최대 영향 인원 (서비스 합계)</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="261" />
        <location filename="../../ui/reportrenderer.cpp" line="271" />
        <source>People-hours lost</source>
        <translation>손실 인시</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="262" />
        <source>Time to full recovery</source>
        <translation>완전 복구까지 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="268" />
        <location filename="../../ui/reportrenderer.cpp" line="367" />
        <location filename="../../ui/reportrenderer.cpp" line="472" />
        <location filename="../../ui/reportsections.cpp" line="124" />
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="269" />
        <location filename="../../ui/reportrenderer.cpp" line="368" />
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="270" />
        <source>Peak affected</source>
        <translation>최대 영향</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="272" />
        <source>To first partial recovery</source>
        <translation>첫 부분 복구까지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="273" />
        <source>To full recovery</source>
        <translation>완전 복구까지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="294" />
        <source>Durations from %1; %2: not reached in the window. Totals add the services up, so a person using several is counted in each.</source>
        <translation>기간은 %1부터. %2: 구간 안에 도달하지 않음. 합계는 서비스별 값을 더한 것이므로 여러 서비스를 쓰는 사람은 각각 집계됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="396" />
        <location filename="../../ui/reportsections.cpp" line="114" />
        <location filename="../../ui/reportsections.cpp" line="219" />
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="459" />
        <source>What if: %1</source>
        <translation>가정: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="463" />
        <source>The scenario could not be computed: %1</source>
        <translation>시나리오를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="467" />
        <source>With %1, %2 people-hours (%3 %) would have been saved.</source>
        <translation>%1이면 %2 인시(%3%)를 줄일 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="473" />
        <source>People-hours recorded</source>
        <translation>기록된 인시</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="474" />
        <source>With the scenario</source>
        <translation>시나리오 적용 시</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="475" />
        <source>Saved</source>
        <translation>절감</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="484" />
        <source>The same engine on the recorded data with the scenario&apos;s changes applied; the recorded data are unchanged.</source>
        <translation>기록된 데이터에 시나리오 변경을 적용해 같은 엔진으로 계산한 값입니다. 기록된 데이터는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="306" />
        <location filename="../../ui/chartexporter.cpp" line="54" />
        <source>People affected over time</source>
        <translation>시간에 따른 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="319" />
        <location filename="../../ui/reportsections.cpp" line="102" />
        <source>The chart needs a QApplication and was left out.</source>
        <translation>차트에는 QApplication이 필요하므로 생략했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="361" />
        <source>Counting method</source>
        <translation>집계 방식</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="369" />
        <source>Where the user count comes from</source>
        <translation>사용자 수 출처</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="383" />
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="410" />
        <source>Services: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="413" />
        <source>derived</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="426" />
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="429" />
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="437" />
        <source>No updates or notes were recorded for this incident.</source>
        <translation>이 인시던트에 기록된 업데이트나 메모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="443" />
        <source>Time (%1)</source>
        <translation>시각 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="444" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="125" />
        <source>First partial recovery (%1)</source>
        <translation>첫 부분 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="126" />
        <source>50 % recovered (%1)</source>
        <translation>50% 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="127" />
        <source>90 % recovered (%1)</source>
        <translation>90% 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="128" />
        <source>Full recovery (%1)</source>
        <translation>완전 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="136" />
        <source>Clock times in %1 (%2); under each, the time since %3. Each milestone is the first time after the peak that people affected fell to half, a tenth, and zero for good; %4: not reached in the window.</source>
        <translation>시각은 %1(%2) 기준이며, 각 시각 아래는 %3 이후 경과 시간입니다. 각 마일스톤은 최대치 이후 영향 인원이 절반, 10분의 1, 그리고 완전히 0으로 처음 줄어든 시점입니다. %4: 구간 안에 도달하지 않음.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="176" />
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="213" />
        <source>Executive summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="224" />
        <source>At the peak, %1, %2 people were affected across %3 services.</source>
        <translation>최대 시점인 %1에 서비스 %3개에 걸쳐 %2명이 영향을 받았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="227" />
        <source>In all, %1 people-hours were lost.</source>
        <translation>모두 %1 인시가 손실되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="234" />
        <source>%1 lost the most: %2 people-hours (%3 % of the total).</source>
        <translation>%1의 손실이 가장 컸습니다: %2 인시(전체의 %3%).</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="239" />
        <source>Every service was fully back %1 after the start, at %2.</source>
        <translation>모든 서비스가 시작 후 %1, %2에 완전히 복구되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="243" />
        <source>Not every service had fully recovered by the end of the window.</source>
        <translation>구간이 끝날 때까지 완전히 복구되지 않은 서비스가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="245" />
        <source>90 % of the peak impact was gone after %1.</source>
        <translation>%1 후 최대 영향의 90%가 해소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="255" />
        <source>Recovery milestones</source>
        <translation>복구 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="264" />
        <location filename="../../ui/chartexporter.cpp" line="54" />
        <source>Service states over time</source>
        <translation>시간에 따른 서비스 상태</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="285" />
        <location filename="../../ui/chartexporter.cpp" line="54" />
        <source>Dependencies at the peak</source>
        <translation>최대 시점의 의존성</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="286" />
        <source>Who needs whom, with the share of users a failure reaches; states and people affected as at %1.</source>
        <translation>서비스 간 의존 관계와 장애가 미치는 사용자 비율. 상태와 영향 인원은 %1 기준.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="309" />
        <source>Comparison with %1</source>
        <translation>%1과(와) 비교</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="311" />
        <source>The figures of %1 could not be computed: %2</source>
        <translation>%1의 수치를 계산할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="317" />
        <source>Total people affected, each incident against hours since its own start. %1: peak %2, %3 people-hours. %4: peak %5, %6 people-hours.</source>
        <translation>각 장애 시작 후 경과 시간별 전체 영향 인원. %1: 최대 %2, %3 인시. %4: 최대 %5, %6 인시.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="348" />
        <source>Appendix: data sources</source>
        <translation>부록: 데이터 소스</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="368" />
        <source>The records name no source.</source>
        <translation>레코드에 소스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="371" />
        <source>Every source the incident&apos;s records came from, with what each contributed in the window.</source>
        <translation>장애 레코드의 모든 출처와 구간 안에서 각 소스가 제공한 내용.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="375" />
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="376" />
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="377" />
        <source>State changes</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="378" />
        <source>Incident updates</source>
        <translation>장애 업데이트</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="393" />
        <source>Appendix: rejected records</source>
        <translation>부록: 거부된 레코드</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="395" />
        <source>No record was rejected: everything the sources sent was taken in.</source>
        <translation>거부된 레코드가 없습니다. 소스가 보낸 내용을 모두 받아들였습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="407" />
        <source>%1 (field &quot;%2&quot;)</source>
        <translation>%1(필드 &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="414" />
        <source>Records the sources sent that could not be taken: %1. They are kept in the store&apos;s rejects table; none of them counts in the figures.</source>
        <translation>소스가 보냈지만 받아들이지 못한 레코드: %1건. 저장소의 거부 테이블에 보관되며 수치에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="424" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="425" />
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="431" />
        <source>All reasons</source>
        <translation>모든 사유</translation>
    </message>
    <message>
        <location filename="../../ui/reportsections.cpp" line="433" />
        <source>Grouped from the latest %1; the total counts them all.</source>
        <translation>최근 %1건을 묶었으며, 합계는 전체를 셉니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportpreview.cpp" line="33" />
        <source>Postmortem report: print preview</source>
        <translation>포스트모템 보고서: 인쇄 미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reportpreview.cpp" line="37" />
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/reportpreview.cpp" line="40" />
        <source>Write the report to a PDF file</source>
        <translation>보고서를 PDF 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/reportpreview.cpp" line="62" />
        <location filename="../../ui/reportpreview.cpp" line="70" />
        <source>Save report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/reportpreview.cpp" line="62" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reportpreview.cpp" line="70" />
        <source>The report could not be written: %1</source>
        <translation>보고서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/chartexporter.cpp" line="66" />
        <source>There are no figures to chart.</source>
        <translation>차트로 그릴 수치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/chartexporter.cpp" line="81" />
        <source>Cannot draw the SVG.</source>
        <translation>SVG를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/chartexporter.cpp" line="95" />
        <source>Cannot encode the PNG.</source>
        <translation>PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/chartexporter.cpp" line="97" />
        <source>Unknown image type &quot;%1&quot;: use .png or .svg</source>
        <translation>알 수 없는 이미지 형식 &quot;%1&quot;: .png 또는 .svg를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../ui/chartexporter.cpp" line="101" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="28" />
        <source>Export people affected as CSV</source>
        <translation>영향 인원을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="29" />
        <source>Export timeline as CSV</source>
        <translation>타임라인을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="30" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="37" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="44" />
        <location filename="../../ui/exportactions.cpp" line="48" />
        <location filename="../../ui/exportactions.cpp" line="58" />
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="44" />
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="47" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="49" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="77" />
        <source>Print pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="82" />
        <source>Preview the postmortem report, print it or save it as a PDF</source>
        <translation>포스트모템 보고서를 미리 보고, 인쇄하거나 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="83" />
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="85" />
        <source>&amp;Timeline as CSV…</source>
        <translation>타임라인 CSV(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="87" />
        <source>&amp;People affected as CSV…</source>
        <translation>영향 인원 CSV(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="89" />
        <source>&amp;Chart as PNG/SVG…</source>
        <translation>차트 PNG/SVG(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="223" />
        <source>%1; and %2 more, listed in the appendix</source>
        <translation>%1 외 %2개 (부록에 모두 수록)</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="28" />
        <source>People affected, all services: recorded and %1</source>
        <translation>전체 서비스 영향 인원: 기록과 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="39" />
        <source>Millions of people</source>
        <translation>인원(백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="40" />
        <source>Thousands of people</source>
        <translation>인원(천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="41" />
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="71" />
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="34" />
        <source>Scenarios of %1</source>
        <translation>%1의 시나리오</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="38" />
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="38" />
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="38" />
        <source>Minutes or time</source>
        <translation>분 또는 시각</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="38" />
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="39" />
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="43" />
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="44" />
        <source>Minutes count from the incident&apos;s start; a time is RFC 3339 with an offset. A share of 0 removes the dependency. Services: %1</source>
        <translation>분은 장애 시작부터 셉니다. 시각은 오프셋이 있는 RFC 3339 형식입니다. 비율 0은 의존성을 없앱니다. 서비스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="50" />
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="51" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="59" />
        <source>Add change</source>
        <translation>변경 추가</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="60" />
        <source>Remove change</source>
        <translation>변경 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="61" />
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="68" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="69" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="72" />
        <source>Changes to the recorded incident</source>
        <translation>기록된 장애에 대한 변경</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="211" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/scenariodialog.cpp" line="224" />
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="38" />
        <source>Scenarios…</source>
        <translation>시나리오…</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="41" />
        <source>What if:</source>
        <translation>가정:</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="120" />
        <source>With %1, %2 people-hours (%3 %) would have been saved.</source>
        <translation>%1이면 %2 인시(%3%)를 줄일 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="132" />
        <source>No scenario for this incident yet: add one with Scenarios…</source>
        <translation>이 장애의 시나리오가 아직 없습니다. 시나리오…에서 추가하세요</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="133" />
        <source>Pick an incident to replay it with a different recovery.</source>
        <translation>다른 복구 과정으로 다시 볼 장애를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="141" />
        <source>The scenario cannot be computed: %1</source>
        <translation>시나리오를 계산할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="51" />
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="53" />
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="72" />
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="73" />
        <source>People-hours recorded</source>
        <translation>기록된 인시</translation>
    </message>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="74" />
        <source>People-hours with the scenario</source>
        <translation>시나리오 적용 시 인시</translation>
    </message>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="75" />
        <source>People-hours saved</source>
        <translation>절감한 인시</translation>
    </message>
    <message>
        <location filename="../../models/scenariotablemodel.cpp" line="76" />
        <source>Saved</source>
        <translation>절감</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <location filename="../../models/servicestate.cpp" line="41" />
        <source>Operational</source>
        <translation>정상 운영</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="42" />
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="43" />
        <source>Degraded</source>
        <translation>성능 저하</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="44" />
        <source>Partial outage</source>
        <translation>부분 장애</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="45" />
        <source>Major outage</source>
        <translation>주요 장애</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="48" />
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="33" />
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="38" />
        <source>Feed sources and their status</source>
        <translation>피드 소스와 상태</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="40" />
        <source>No sources file: open one, or write one below and save it</source>
        <translation>소스 파일이 없습니다. 파일을 열거나 아래에 작성해 저장하세요</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="44" />
        <source>Sources file (JSON)</source>
        <translation>소스 파일(JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="45" />
        <source>The sources file as JSON; see docs/sources.md for every field</source>
        <translation>JSON 형식의 소스 파일. 모든 필드는 docs/sources.md 참고</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="48" />
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="50" />
        <source>&amp;Save and apply</source>
        <translation>저장하고 적용(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="51" />
        <source>Write the file and restart the live sources with it</source>
        <translation>파일을 저장하고 실시간 소스를 다시 시작</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="53" />
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="57" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="67" />
        <source>Open sources file</source>
        <translation>소스 파일 열기</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="68" />
        <source>Sources files (*.json);;All files (*)</source>
        <translation>소스 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="93" />
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="106" />
        <source>Empty: no live sources.</source>
        <translation>비어 있음: 실시간 소스 없음.</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="107" />
        <source>sources file</source>
        <translation>소스 파일</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sourcesdialog.cpp" line="108" />
        <source>Valid: %n source(s).</source>
        <translation>
            <numerusform>유효함: 소스 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="110" />
        <source>Not valid: %1</source>
        <translation>유효하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="117" />
        <source>Save sources file</source>
        <translation>소스 파일 저장</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="118" />
        <source>Sources files (*.json)</source>
        <translation>소스 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="125" />
        <source>Not saved: %1</source>
        <translation>저장하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="131" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sourcesdialog.cpp" line="136" />
        <source>Saved, but the sources could not start: %1</source>
        <translation>저장했지만 소스를 시작할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sourcesdialog.cpp" line="140" />
        <source>Saved and applied: %n source(s) running.</source>
        <translation>
            <numerusform>저장하고 적용함: 소스 %n개 실행 중.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateTimelineChart</name>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="52" />
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="106" />
        <source>recovery milestone</source>
        <translation>복구 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="107" />
        <source>annotation</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="151" />
        <source>first partial recovery</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="151" />
        <source>50 % recovered</source>
        <translation>50% 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="152" />
        <source>90 % recovered</source>
        <translation>90% 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="152" />
        <source>full recovery</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="157" />
        <source>%1: %2 at %3</source>
        <translation>%1: %3에 %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="182" />
        <source>State timeline: the state of each service over time</source>
        <translation>상태 타임라인: 시간에 따른 서비스별 상태</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="183" />
        <source>Scroll to zoom, drag to pan; + and − zoom, arrow keys pan, 0 shows all. Double-click moves the cursor there.</source>
        <translation>스크롤로 확대/축소, 드래그로 이동. +와 −로 확대/축소, 화살표 키로 이동, 0으로 전체 보기. 더블클릭하면 커서가 그곳으로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="375" />
        <source>%1: %2 %3, %4 – %5</source>
        <translation>%1: %2 %3, %4 – %5</translation>
    </message>
</context>
<context>
    <name>StatusTileWidget</name>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="67" />
        <source>⏸ STALE · no data for %1</source>
        <translation>⏸ 데이터 중단 · %1째 수신 없음</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="77" />
        <source>people affected of %1 users</source>
        <translation>영향 인원 (전체 사용자 %1명)</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="79" />
        <source>%1 through dependencies</source>
        <translation>의존성을 통해 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="81" />
        <source>%1 since the outage began</source>
        <translation>장애 발생 후 %1</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="82" />
        <source>before the outage</source>
        <translation>장애 발생 전</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="84" />
        <source>derived curve</source>
        <translation>추정 곡선</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="90" />
        <source>%1: %2, %3 people affected</source>
        <translation>%1: %2, 영향 인원 %3명</translation>
    </message>
</context>
<context>
    <name>StoreFaults</name>
    <message>
        <location filename="../../models/storefault.cpp" line="64" />
        <source>%1 is read-only: nothing was written, and nothing stored before is changed. Open a writable copy to take data in.</source>
        <translation>%1은(는) 읽기 전용입니다: 아무것도 기록하지 않았고 이전에 저장된 데이터도 바뀌지 않았습니다. 데이터를 받으려면 쓰기 가능한 사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../../models/storefault.cpp" line="67" />
        <source>there is no space left for %1: the last batch was rolled back whole and everything stored before is kept. Free some space, then take the same data in again (nothing is doubled).</source>
        <translation>%1에 남은 공간이 없습니다: 마지막 배치는 통째로 되돌렸고 이전에 저장된 데이터는 모두 유지됩니다. 공간을 확보한 뒤 같은 데이터를 다시 가져오세요 (중복되지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../models/storefault.cpp" line="70" />
        <source>%1 is locked by another writer; trying again later stores the rest without doubling anything.</source>
        <translation>%1을(를) 다른 쓰기 작업이 잠그고 있습니다. 나중에 다시 시도하면 나머지를 중복 없이 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../models/storefault.cpp" line="73" />
        <source>%1 cannot be reached; what was stored before is kept.</source>
        <translation>%1에 연결할 수 없습니다. 이전에 저장된 데이터는 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../models/storelocation.cpp" line="38" />
        <source>no database file given</source>
        <translation>데이터베이스 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="46" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="47" />
        <source>the PostgreSQL location</source>
        <translation>PostgreSQL 위치</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="51" />
        <source>not a valid URL (%1)</source>
        <translation>올바른 URL이 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="53" />
        <location filename="../../models/storelocation.cpp" line="67" />
        <source>a password in the location would be visible to every user of this machine; put it in PGPASSWORD or ~/.pgpass instead</source>
        <translation>위치에 비밀번호를 넣으면 이 컴퓨터의 모든 사용자에게 보입니다. 대신 PGPASSWORD 또는 ~/.pgpass에 넣으세요</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="62" />
        <source>name the database after the host, e.g. postgresql://noc@db.example:5432/outagedash</source>
        <translation>호스트 뒤에 데이터베이스 이름을 적으세요. 예: postgresql://noc@db.example:5432/outagedash</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="70" />
        <source>unknown connection option &quot;%1&quot;</source>
        <translation>알 수 없는 연결 옵션 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../models/storelocation.cpp" line="72" />
        <source>the value of &quot;%1&quot; may not contain spaces, quotes or semicolons</source>
        <translation>&quot;%1&quot;의 값에는 공백, 따옴표, 세미콜론을 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TimeAxisTicks</name>
    <message>
        <location filename="../../ui/charts/timeaxisticks.cpp" line="38" />
        <source>d MMM</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <location filename="../../ui/charts/timeaxisticks.cpp" line="55" />
        <location filename="../../ui/charts/recoverychartview.cpp" line="235" />
        <location filename="../../ui/charts/recoverychartview.cpp" line="261" />
        <location filename="../../ui/charts/statetimelinechart.cpp" line="256" />
        <location filename="../../ui/charts/statetimelinechart.cpp" line="293" />
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="234" />
        <source>d MMM HH:mm:ss</source>
        <translation>M월 d일 HH:mm:ss</translation>
    </message>
</context>
<context>
    <name>TimeCursorWidget</name>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="16" />
        <source>&amp;As at:</source>
        <translation>기준 시각(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="23" />
        <source>Move through the incident: the tiles and headline show that moment (arrow keys: 10 min, Page Up/Down: 1 h)</source>
        <translation>인시던트 시점 이동: 타일과 헤드라인에 해당 시점의 수치가 표시됩니다 (화살표 키: 10분, Page Up/Down: 1시간)</translation>
    </message>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="25" />
        <source>Time cursor</source>
        <translation>시간 커서</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="51" />
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="52" />
        <source>State</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="53" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="74" />
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="76" />
        <source>%1 (derived)</source>
        <translation>%1 (추정)</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="111" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="112" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="113" />
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="114" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="115" />
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="116" />
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timelineview.cpp" line="24" />
        <source>Filter events (all words must match)…</source>
        <translation>이벤트 필터 (모든 단어 일치)…</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="26" />
        <source>Type words to keep only the events that contain all of them (Ctrl+F)</source>
        <translation>단어를 입력하면 그 단어를 모두 포함한 이벤트만 표시합니다 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="27" />
        <source>Timeline filter</source>
        <translation>타임라인 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="28" />
        <source>Show only the events of one service</source>
        <translation>한 서비스의 이벤트만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="29" />
        <source>Service filter</source>
        <translation>서비스 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="31" />
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="42" />
        <source>Show only the changes into one state</source>
        <translation>한 상태로 바뀐 변경만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="43" />
        <source>State filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="44" />
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="50" />
        <source>Show only what one source reported</source>
        <translation>한 출처가 보고한 것만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="51" />
        <source>Source filter</source>
        <translation>출처 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="52" />
        <source>Show only the events of a time range</source>
        <translation>한 시간 범위의 이벤트만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="53" />
        <source>Time range filter</source>
        <translation>시간 범위 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="63" />
        <source>Timeline of events</source>
        <translation>이벤트 타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="110" />
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="121" />
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="134" />
        <source>Any time</source>
        <translation>전체 시간</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <location filename="../../models/timestamps.cpp" line="188" />
        <source>%1 d %2 h %3 min</source>
        <translation>%1일 %2시간 %3분</translation>
    </message>
    <message>
        <location filename="../../models/timestamps.cpp" line="190" />
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../models/timestamps.cpp" line="192" />
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../models/timestamps.cpp" line="193" />
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <location filename="../../ui/walltile.cpp" line="111" />
        <source>⏸ STALE · %1 old</source>
        <translation>⏸ 데이터 중단 · %1 전 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/walltile.cpp" line="133" />
        <source>people affected at the last report</source>
        <translation>마지막 보고 시점 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/walltile.cpp" line="133" />
        <source>people affected now</source>
        <translation>현재 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/walltile.cpp" line="136" />
        <source>in this state for at least %1</source>
        <translation>이 상태로 최소 %1째</translation>
    </message>
    <message>
        <location filename="../../ui/walltile.cpp" line="136" />
        <source>in this state for %1</source>
        <translation>이 상태로 %1째</translation>
    </message>
    <message>
        <location filename="../../ui/walltile.cpp" line="139" />
        <source>no state reported yet</source>
        <translation>보고된 상태 없음</translation>
    </message>
    <message>
        <location filename="../../ui/walltile.cpp" line="141" />
        <source>%1: %2, %3 people affected, %4</source>
        <translation>%1: %2, 영향 인원 %3명, %4</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="222" />
        <source>All recorded data</source>
        <translation>기록된 전체 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="226" />
        <source>NOT CURRENT: timeline unreachable · %1</source>
        <translation>최신 아님: 타임라인에 연결할 수 없음 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="227" />
        <source>DEMO DATA · %1</source>
        <translation>데모 데이터 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="270" />
        <source>%1 people affected across all services</source>
        <translation>전체 서비스 영향 인원 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="278" />
        <source>⚠ NOT CURRENT: the timeline cannot be reached · figures as last loaded</source>
        <translation>⚠ 최신 아님: 타임라인에 연결할 수 없음 · 마지막으로 불러온 수치</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="280" />
        <source>%1 since the incident began · as at %2</source>
        <translation>장애 발생 후 %1 경과 · %2 기준</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="282" />
        <source>Before the incident began · as at %1</source>
        <translation>장애 발생 전 · %1 기준</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="297" />
        <source>Clock, %1</source>
        <translation>시계, %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="306" />
        <source>Overview: people affected by service</source>
        <translation>개요: 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="306" />
        <source>Recovery: people affected over time</source>
        <translation>복구: 시간에 따른 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="307" />
        <source>State timeline</source>
        <translation>상태 타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="307" />
        <source>Dependencies at the cursor</source>
        <translation>현재 시점 의존성</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="309" />
        <source>%1 · view %2 of %3</source>
        <translation>%1 · 화면 %2/%3</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="311" />
        <source>Recovery chart: people affected per service over time</source>
        <translation>복구 차트: 시간에 따른 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="312" />
        <source>State timeline: each service&apos;s state over time</source>
        <translation>상태 타임라인: 시간에 따른 서비스별 상태</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="313" />
        <source>Dependency view: which service needs which, coloured by state</source>
        <translation>의존성 보기: 서비스 간 의존 관계, 상태별 색상</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="314" />
        <source>Service tiles</source>
        <translation>서비스 타일</translation>
    </message>
    <message>
        <location filename="../../ui/wallwindow.cpp" line="315" />
        <source>Outage Impact Dashboard — wall display</source>
        <translation>장애 영향 대시보드 — 상황판</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="38" />
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="39" />
        <source>The timeline database could not be opened:
%1</source>
        <translation>타임라인 데이터베이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="61" />
        <source>Live sources</source>
        <translation>실시간 소스</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="62" />
        <source>The live sources could not start:
%1</source>
        <translation>실시간 소스를 시작할 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="74" />
        <source>Screenshot saved to %1</source>
        <translation>스크린샷을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="75" />
        <source>Could not save the screenshot to %1</source>
        <translation>스크린샷을 %1에 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="107" />
        <source>Try &apos;outagedash --help&apos;.</source>
        <translation>&apos;outagedash --help&apos;를 실행해 보세요.</translation>
    </message>
</context>
</TS>
