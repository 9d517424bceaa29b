<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlertReader</name>
    <message>
        <source>%1 must be an object, got %2</source>
        <translation type="vanished">%1은(는) 객체여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertreader.cpp" line="84"/>
        <source>a resolved alert needs the time it ended</source>
        <translation>해결된 알림에는 끝난 시각이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertreader.cpp" line="89"/>
        <source>an alert needs the time it started</source>
        <translation>알림에는 시작 시각이 있어야 합니다</translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation type="vanished">필수 필드 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 must be a string, got %2</source>
        <translation type="vanished">%1은(는) 문자열이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertreader.cpp" line="101"/>
        <source>%1 is the zero time (none): %2</source>
        <translation>%1이(가) 영 시각(없음)입니다: %2</translation>
    </message>
    <message>
        <source>%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, got %2</source>
        <translation type="vanished">%1은(는) 1973-03-03T09:46:40Z와 2200-01-01T00:00:00Z 사이여야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>%1 is not an RFC 3339 time with an offset, got %2</source>
        <translation type="vanished">%1이(가) 오프셋이 있는 RFC 3339 시각이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertreader.cpp" line="120"/>
        <source>label value %1 is not in the service mapping and only mapped services are taken</source>
        <translation>레이블 값 %1이(가) 서비스 매핑에 없고, 매핑된 서비스만 받습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertreader.cpp" line="124"/>
        <source>no %1, &quot;job&quot; or &quot;alertname&quot; label names the service</source>
        <translation>서비스를 나타내는 %1, &quot;job&quot;, &quot;alertname&quot; 레이블이 없습니다</translation>
    </message>
</context>
<context>
    <name>AlertmanagerParser</name>
    <message>
        <location filename="../../models/feeds/alertmanagerparser.cpp" line="15"/>
        <source>not an Alertmanager webhook payload: expected a JSON object with &quot;alerts&quot;, got %1</source>
        <translation>Alertmanager 웹훅 페이로드가 아닙니다: &quot;alerts&quot;가 있는 JSON 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertmanagerparser.cpp" line="16"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertmanagerparser.cpp" line="16"/>
        <source>a bare value</source>
        <translation>단일 값</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertmanagerparser.cpp" line="24"/>
        <source>not an Alertmanager webhook payload: missing &quot;alerts&quot;</source>
        <translation>Alertmanager 웹훅 페이로드가 아닙니다: &quot;alerts&quot;가 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/alertmanagerparser.cpp" line="26"/>
        <source>not an Alertmanager webhook payload: &quot;alerts&quot; must be an array, got %1</source>
        <translation>Alertmanager 웹훅 페이로드가 아닙니다: &quot;alerts&quot;는 배열이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation type="vanished">%1 (바이트 %2): %3</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="41"/>
        <location filename="../../ui/annotationcontroller.cpp" line="50"/>
        <source>a note needs some text</source>
        <translation>메모에는 내용이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="83"/>
        <source>The note could not be stored: %1</source>
        <translation>메모를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="vanished">메모 추가</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="vanished">메모 편집</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="102"/>
        <source>Regulator notified</source>
        <translation>규제 기관 통보</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="122"/>
        <location filename="../../ui/annotationcontroller.cpp" line="132"/>
        <source>Delete note</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="123"/>
        <source>Delete this note? This cannot be undone.

“%1”</source>
        <translation>이 메모를 삭제할까요? 되돌릴 수 없습니다.

“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/annotationcontroller.cpp" line="125"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="26"/>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="110"/>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="34"/>
        <source>When the note applies, in the incident&apos;s time zone</source>
        <translation>메모가 해당하는 시각(장애의 시간대 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="35"/>
        <source>Note time</source>
        <translation>메모 시각</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="36"/>
        <source>The incident&apos;s time zone</source>
        <translation>장애의 시간대</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="41"/>
        <source>none (the whole incident)</source>
        <translation>없음(장애 전체)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="42"/>
        <source>The service the note is about, if any</source>
        <translation>메모가 다루는 서비스(있는 경우)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="43"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="44"/>
        <source>What happened, what was decided, what was learnt</source>
        <translation>무슨 일이 있었고, 무엇을 결정했고, 무엇을 배웠는지</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="45"/>
        <source>The note (required)</source>
        <translation>메모(필수)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="46"/>
        <source>Note text</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="48"/>
        <source>Who says so</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="49"/>
        <source>Who wrote the note</source>
        <translation>메모를 작성한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="50"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="53"/>
        <source>&amp;Time:</source>
        <translation>시각(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="54"/>
        <source>&amp;Service:</source>
        <translation>서비스(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="55"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="56"/>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="110"/>
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/annotationdialog.cpp" line="141"/>
        <source>The note could not be stored: %1
It is still here: copy it, or try again once the database can be written.</source>
        <translation>메모를 저장하지 못했습니다: %1
메모는 그대로 남아 있습니다. 복사해 두거나 데이터베이스에 쓸 수 있게 되면 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>ChartReadout</name>
    <message>
        <location filename="../../ui/charts/chartreadout.cpp" line="30"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <translation>yyyy년 M월 d일 HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartreadout.cpp" line="30"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartreadout.cpp" line="39"/>
        <source>not known yet</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartreadout.cpp" line="45"/>
        <source>%1 % of users (count unknown)</source>
        <translation>사용자의 %1% (사용자 수 모름)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartreadout.cpp" line="47"/>
        <source>%1 (derived, %2–%3)</source>
        <translation>%1 (추정, %2–%3)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartreadout.cpp" line="51"/>
        <source>%1 (derived)</source>
        <translation>%1 (추정)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="22"/>
        <source>import FILE…: take feed files into the database</source>
        <translation>import FILE…: 피드 파일을 데이터베이스로 가져오기</translation>
    </message>
    <message>
        <source>report --out FILE.pdf: write the postmortem report</source>
        <translation type="vanished">report --out FILE.pdf: 포스트모템 보고서 작성</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="28"/>
        <source>summary [--json]: print the figures per service</source>
        <translation>summary [--json]: 서비스별 수치 출력</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="30"/>
        <source>serve --sources FILE: take feeds in headless (pollers, followers, webhook listener)</source>
        <translation>serve --sources FILE: 화면 없이 피드 수집(폴링, 파일 추적, 웹훅 수신)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="33"/>
        <source>export --what timeline|series --out FILE.csv: write the timeline or the people-affected series as CSV</source>
        <translation>export --what timeline|series --out FILE.csv: 타임라인 또는 영향 인원 시계열을 CSV로 저장</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="36"/>
        <source>incidents [--json]: list every incident (id, title, severity, state, began, resolved, services, source)</source>
        <translation>incidents [--json]: 모든 장애 목록 (ID, 제목, 심각도, 상태, 시작, 해결, 서비스, 출처)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="39"/>
        <source>services export --out FILE.csv: write the service catalogue (users, groups, colours, dependencies) as CSV</source>
        <translation>services export --out FILE.csv: 서비스 목록(사용자 수, 그룹, 색, 의존성)을 CSV로 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="43"/>
        <source>services import FILE.csv: add or update the services of such a file (services not in it are left alone)</source>
        <translation>services import FILE.csv: 그런 파일의 서비스를 추가하거나 갱신합니다(파일에 없는 서비스는 그대로 둡니다)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="46"/>
        <source>corpus: write the embedded corpus of well-known public outages, with their sources, into the database (idempotent)</source>
        <translation>corpus: 잘 알려진 공개 장애 사례 모음(출처 포함)을 데이터베이스에 기록(멱등)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="50"/>
        <source>demo: write the embedded Kakao 2022 demo into the database</source>
        <translation>demo: 내장된 카카오 2022 데모를 데이터베이스에 기록</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="52"/>
        <source>migrate --from DB --to DB: copy a whole timeline into another database, e.g. a SQLite file into a shared PostgreSQL (idempotent)</source>
        <translation>migrate --from DB --to DB: 타임라인 전체를 다른 데이터베이스로 복사 (예: SQLite 파일을 공유 PostgreSQL로, 다시 실행해도 중복 없음)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="56"/>
        <source>generate --services N --samples M [--seed S]: write deterministic synthetic data (benchmarks)</source>
        <translation>generate --services N --samples M [--seed S]: 결정적 합성 데이터를 씁니다(벤치마크용)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="67"/>
        <source>Outage Impact Dashboard: how many people each service is failing, through its dependencies, over the whole recovery.</source>
        <translation>장애 영향 대시보드: 각 서비스 장애가 의존성을 통해 복구 전 기간 동안 몇 명에게 영향을 주는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="78"/>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="80"/>
        <source>Start as a full-screen wall display (big tiles, rotating views, no menus; Esc leaves).</source>
        <translation>전체 화면 상황판으로 시작(큰 타일, 화면 순환, 메뉴 없음, Esc로 나가기).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="87"/>
        <source>Wall display: the screen to fill, 0 for the first (remembered).</source>
        <translation>상황판: 채울 화면 번호, 첫 화면은 0(기억됨).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="89"/>
        <location filename="../../app/commandline.cpp" line="153"/>
        <source>n</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="91"/>
        <source>Wall display: seconds between views, 0 to stay on one (default 20; remembered).</source>
        <translation>상황판: 화면 전환 간격(초), 0이면 전환 안 함(기본값 20, 기억됨).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="93"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="94"/>
        <source>Colour theme: light or dark.</source>
        <translation>색상 테마: light 또는 dark.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="95"/>
        <location filename="../../app/commandline.cpp" line="106"/>
        <location filename="../../app/commandline.cpp" line="122"/>
        <location filename="../../app/commandline.cpp" line="182"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="97"/>
        <source>Language of the interface and reports: ko or en (default: the system&apos;s).</source>
        <translation>화면과 보고서의 언어: ko 또는 en(기본값: 시스템 언어).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="99"/>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="101"/>
        <source>Save a PNG of the dashboard window and quit.</source>
        <translation>대시보드 창을 PNG로 저장하고 종료.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="102"/>
        <location filename="../../app/commandline.cpp" line="117"/>
        <location filename="../../app/commandline.cpp" line="164"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="104"/>
        <source>Feed format for import: %1.</source>
        <translation>가져올 피드 형식: %1.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="108"/>
        <source>import: what the values of a Prometheus response are: ratio (0..1, the default), percent (0..100) or probe (0 or 1). Values off the scale are rejected; never guessed.</source>
        <translation>import: Prometheus 응답 값의 뜻: ratio(0..1, 기본), percent(0..100), probe(0 또는 1). 척도를 벗어난 값은 거부합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="111"/>
        <source>scale</source>
        <translation>척도</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="113"/>
        <source>Incident id for report and summary (default: the main one).</source>
        <translation>보고서와 요약에 쓸 장애 ID(기본값: 주 장애).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="114"/>
        <location filename="../../app/commandline.cpp" line="142"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="179"/>
        <source>report: its shape: postmortem (the default), nis2, dora or kr-msit (a regulator&apos;s template with its tests, due dates and fields to enter).</source>
        <translation>report: 형식. postmortem(기본값), nis2, dora 또는 kr-msit(판정 기준, 제출 기한, 입력 항목을 갖춘 규제 기관 서식).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="185"/>
        <source>One of: import, report, summary, export, incidents, services, serve, corpus, demo, migrate, generate. Without one, the dashboard opens.</source>
        <translation>다음 중 하나: import, report, summary, export, incidents, services, serve, corpus, demo, migrate, generate. 지정하지 않으면 대시보드가 열립니다.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="263"/>
        <source>unknown command &quot;%1&quot; (commands: import, report, summary, export, incidents, services, serve, corpus, demo, migrate, generate)</source>
        <translation>알 수 없는 명령 &quot;%1&quot; (명령: import, report, summary, export, incidents, services, serve, corpus, demo, migrate, generate)</translation>
    </message>
    <message>
        <source>Output file of report.</source>
        <translation type="vanished">보고서 출력 파일.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="119"/>
        <source>summary, report: also compare with this what-if scenario of the incident (people-hours recorded, with the scenario, saved).</source>
        <translation>summary, report: 이 장애의 가정(what-if) 시나리오와도 비교(기록된 인시(人時), 시나리오 적용 시, 절감분).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="127"/>
        <location filename="../../app/commandline.cpp" line="132"/>
        <location filename="../../app/commandline.cpp" line="137"/>
        <source>time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="129"/>
        <source>summary: also give every service&apos;s figures at this moment (RFC 3339), as the window&apos;s tiles and headline show them with the cursor there.</source>
        <translation>summary: 이 시각(RFC 3339)의 서비스별 수치도 함께 출력합니다. 커서를 그 시각에 둔 창의 타일과 헤드라인이 보여 주는 값과 같습니다.</translation>
    </message>
    <message>
        <source>report: add a comparison with this incident (chart and both milestone tables).</source>
        <translation type="vanished">report: 이 장애와의 비교 추가(차트와 양쪽 마일스톤 표).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="144"/>
        <source>export: timeline (updates, state changes, notes) or series (people affected over time).</source>
        <translation>export: timeline(업데이트, 상태 변경, 메모) 또는 series(시간별 영향 인원).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="146"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>summary: print JSON (times as epoch seconds, durations in seconds).</source>
        <translation type="vanished">summary: JSON 출력(시각은 epoch 초, 기간은 초).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="152"/>
        <source>generate: how many services (default 4).</source>
        <translation>generate: 서비스 수(기본값 4).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="155"/>
        <source>generate: samples per service, one a second (default 100000).</source>
        <translation>generate: 서비스당 샘플 수, 초당 하나(기본값 100000).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="156"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="158"/>
        <source>generate: the seed; the same seed gives the same data (default 42).</source>
        <translation>generate: 시드. 같은 시드는 같은 데이터를 만듭니다(기본값 42).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="160"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="162"/>
        <source>Sources file (JSON, see docs/sources.md) for serve and for live feeds in the dashboard.</source>
        <translation>serve와 대시보드 실시간 피드용 소스 파일(JSON, docs/sources.md 참고).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="166"/>
        <source>summary, report: the availability a reported state counts as, e.g. degraded=0.5,unknown=last (keys: degraded, partial, major, maintenance, operational, unknown; &quot;last&quot; keeps the last known; the rest keep their default).</source>
        <translation>summary, report: 보고된 상태를 가용성으로 환산하는 값, 예: degraded=0.5,unknown=last(키: degraded, partial, major, maintenance, operational, unknown; &quot;last&quot;는 마지막으로 알려진 값을 유지, 나머지는 기본값 유지).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="170"/>
        <source>spec</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="172"/>
        <source>summary, report: how the users of one audience&apos;s services overlap, for distinct people affected: independent (the default), nested or disjoint. The range always runs from nested to disjoint.</source>
        <translation>summary, report: 실제 영향 인원을 셀 때 한 이용자 집단(audience)에 속한 서비스들의 이용자가 어떻게 겹치는지: independent(기본값, 독립), nested(포함) 또는 disjoint(서로소). 범위는 언제나 nested부터 disjoint까지입니다.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="175"/>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="176"/>
        <source>Report paper size: a4 or letter.</source>
        <translation>보고서 용지 크기: a4 또는 letter.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="177"/>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>One of: import, report, summary, export, serve, demo. Without one, the dashboard opens.</source>
        <translation type="vanished">import, report, summary, export, serve, demo 중 하나. 없으면 대시보드가 열립니다.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: import, report, summary, export, serve, demo, migrate, generate)</source>
        <translation type="vanished">알 수 없는 명령 &quot;%1&quot; (명령: import, report, summary, export, serve, demo, migrate, generate)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="287"/>
        <source>no screen &quot;%1&quot; (screens: 0 to %2)</source>
        <translation>화면 &quot;%1&quot;이(가) 없습니다(화면: 0~%2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="295"/>
        <source>--rotate needs seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--rotate에는 0~86400 사이의 초가 필요합니다(입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="303"/>
        <source>unknown scale &quot;%1&quot; (scales: %2)</source>
        <translation>알 수 없는 척도 &quot;%1&quot; (척도: %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="329"/>
        <source>migrate needs --from DB and --to DB (a SQLite file or postgresql://…)</source>
        <translation>migrate에는 --from DB와 --to DB가 필요합니다 (SQLite 파일 또는 postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="332"/>
        <source>migrate needs two different databases</source>
        <translation>migrate에는 서로 다른 두 데이터베이스가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="339"/>
        <location filename="../../app/commandline.cpp" line="347"/>
        <source>--%1 needs an RFC 3339 time such as 2022-10-15T06:00:00Z, not &quot;%2&quot;</source>
        <translation>--%1에는 2022-10-15T06:00:00Z 같은 RFC 3339 시각이 필요합니다(입력: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="351"/>
        <source>--at is for summary</source>
        <translation>--at 옵션은 summary에서만 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="355"/>
        <source>--from must come before --to</source>
        <translation>--from은 --to보다 앞서야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="357"/>
        <source>--from and --to are for summary, report and export</source>
        <translation>--from과 --to는 summary, report, export용입니다</translation>
    </message>
    <message>
        <source>--compare is for report</source>
        <translation type="vanished">--compare는 report용입니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="361"/>
        <source>export needs --what timeline or --what series</source>
        <translation>export에는 --what timeline 또는 --what series가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="363"/>
        <source>export needs --out FILE.csv</source>
        <translation>export에는 --out FILE.csv가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="381"/>
        <source>unknown overlap model &quot;%1&quot; (models: %2)</source>
        <translation>알 수 없는 겹침 모델 &quot;%1&quot; (모델: %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="384"/>
        <source>--overlap is for summary and report</source>
        <translation>--overlap은 summary와 report에만 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="396"/>
        <source>--scale is for import</source>
        <translation>--scale은 import에만 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="407"/>
        <source>--scenario is for summary and report</source>
        <translation>--scenario는 summary와 report용입니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="412"/>
        <source>serve needs --sources FILE</source>
        <translation>serve에는 --sources FILE이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="189"/>
        <source>Files to import.</source>
        <translation>가져올 파일.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="24"/>
        <source>report --out FILE.pdf [--template postmortem|nis2|dora|kr-msit]: write the postmortem or a regulator&apos;s report</source>
        <translation>report --out FILE.pdf [--template postmortem|nis2|dora|kr-msit]: 사후 분석 보고서 또는 규제 기관 보고서 작성</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="74"/>
        <source>Timeline database: a SQLite file, or postgresql://user@host:port/dbname for a timeline shared by several hosts (password from PGPASSWORD or ~/.pgpass). Default: %1.</source>
        <translation>타임라인 데이터베이스: SQLite 파일, 또는 여러 호스트가 함께 쓰는 타임라인이면 postgresql://user@host:port/dbname (비밀번호는 PGPASSWORD 또는 ~/.pgpass에서). 기본값: %1.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="116"/>
        <source>Output file of report, export and services export.</source>
        <translation>report, export, services export의 출력 파일.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="124"/>
        <source>summary, report, export: start of the window the figures cover (RFC 3339, e.g. 2022-10-15T06:00:00Z); migrate: the database to copy from.</source>
        <translation>summary, report, export: 수치를 계산할 구간의 시작 (RFC 3339, 예: 2022-10-15T06:00:00Z); migrate: 복사할 원본 데이터베이스.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="134"/>
        <source>summary, report, export: end of the window the figures cover (RFC 3339); migrate: the database to copy into.</source>
        <translation>summary, report, export: 수치를 계산할 구간의 끝 (RFC 3339); migrate: 복사해 넣을 데이터베이스.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="139"/>
        <source>report: add a comparison with this incident (chart and both milestone tables); the dashboard: open on the Compare tab with this incident as B (with --screenshot too).</source>
        <translation>report: 이 장애와의 비교 추가(차트와 양쪽 마일스톤 표). 대시보드: 이 장애를 B로 하여 비교 탭에서 열기(--screenshot에도 적용).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="148"/>
        <source>summary: print JSON (times as epoch seconds, durations in seconds); incidents: print JSON (times as RFC 3339 in the incident&apos;s zone).</source>
        <translation>summary: JSON으로 출력(시각은 epoch 초, 기간은 초); incidents: JSON으로 출력(시각은 장애 시간대의 RFC 3339).</translation>
    </message>
    <message>
        <source>One of: import, report, summary, export, incidents, services, serve, demo, migrate, generate. Without one, the dashboard opens.</source>
        <translation type="vanished">import, report, summary, export, incidents, services, serve, demo, migrate, generate 중 하나. 없으면 대시보드가 열립니다.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="231"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="235"/>
        <source>Exit status: 0 done, 1 error, 2 usage error, 3 done but some records were rejected.</source>
        <translation>종료 상태: 0 완료, 1 오류, 2 사용법 오류, 3 완료했으나 일부 레코드가 거부됨.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: import, report, summary, export, incidents, services, serve, demo, migrate, generate)</source>
        <translation type="vanished">알 수 없는 명령 &quot;%1&quot; (명령: import, report, summary, export, incidents, services, serve, demo, migrate, generate)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="271"/>
        <source>services needs export --out FILE.csv or import FILE.csv</source>
        <translation>services에는 export --out FILE.csv 또는 import FILE.csv가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="319"/>
        <source>--services needs 1 to 1000</source>
        <translation>--services는 1에서 1000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="321"/>
        <source>--samples needs 1 to 100000000 per service</source>
        <translation>--samples는 서비스당 1에서 100000000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="323"/>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="359"/>
        <source>--compare is for report and the dashboard</source>
        <translation>--compare는 report와 대시보드용입니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="366"/>
        <source>unknown format &quot;%1&quot; (formats: %2)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (형식: %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="370"/>
        <source>unknown theme &quot;%1&quot; (themes: light, dark)</source>
        <translation>알 수 없는 테마 &quot;%1&quot; (테마: light, dark)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="373"/>
        <source>unknown language &quot;%1&quot; (languages: ko, en)</source>
        <translation>알 수 없는 언어 &quot;%1&quot;(언어: ko, en)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="376"/>
        <source>unknown paper size &quot;%1&quot; (sizes: a4, letter)</source>
        <translation>알 수 없는 용지 크기 &quot;%1&quot; (크기: a4, letter)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="394"/>
        <source>import needs at least one file</source>
        <translation>import에는 파일이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="398"/>
        <source>services export needs --out FILE.csv</source>
        <translation>services export에는 --out FILE.csv가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="400"/>
        <source>services import needs one file</source>
        <translation>services import에는 파일 하나가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="403"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상치 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="405"/>
        <source>report needs --out FILE.pdf</source>
        <translation>report에는 --out FILE.pdf가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="83"/>
        <source>Open the embedded Kakao 2022 demo in a database of its own (demo.sqlite in the data folder); the timeline database is left alone.</source>
        <translation>내장된 카카오 2022 데모를 별도의 데이터베이스(데이터 폴더의 demo.sqlite)에서 엽니다. 타임라인 데이터베이스는 건드리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/reporttemplateoption.cpp" line="13"/>
        <source>unknown template &quot;%1&quot; (templates: %2)</source>
        <translation>알 수 없는 템플릿 &quot;%1&quot; (템플릿: %2)</translation>
    </message>
    <message>
        <location filename="../../app/reporttemplateoption.cpp" line="16"/>
        <source>--template is for report</source>
        <translation>--template은 report에만 씁니다</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/commands.cpp" line="74"/>
        <source>%1 holds no data: import a feed, or run: outagedash demo --db %1</source>
        <translation>%1에 데이터가 없습니다: 피드를 가져오거나 다음을 실행하세요: outagedash demo --db %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="87"/>
        <source>no incident &quot;%1&quot; in %2 (incidents: %3)</source>
        <translation>%2에 인시던트 &quot;%1&quot;이(가) 없습니다 (인시던트: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="115"/>
        <source>no scenario &quot;%1&quot; for incident %2 (scenarios: %3)</source>
        <translation>장애 %2에 시나리오 &quot;%1&quot;이(가) 없습니다(시나리오: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="117"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="133"/>
        <source>no incident &quot;%1&quot; to compare with in %2 (incidents: %3)</source>
        <translation>%2에 비교할 장애 &quot;%1&quot;이(가) 없습니다(장애: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="158"/>
        <source>SQLite unavailable</source>
        <translation>SQLite를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="176"/>
        <source>%1:%2: rejected (byte %3, field &quot;%4&quot;): %5</source>
        <translation>%1:%2: 거부됨 (바이트 %3, 필드 &quot;%4&quot;): %5</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="183"/>
        <source>%1: %2 more rejected records are in the rejects table</source>
        <translation>%1: 나머지 거부된 레코드 %2건은 rejects 테이블에 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="192"/>
        <source>%1: %2 records, %3 new, %4 already stored, %5 rejected</source>
        <translation>%1: 레코드 %2건, 신규 %3건, 기존 저장 %4건, 거부 %5건</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="219"/>
        <source>Distinct people affected at the peak: %1</source>
        <translation>정점의 실제 영향 인원(한 사람은 한 번): %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="222"/>
        <source>People-hours lost by distinct people: %1</source>
        <translation>실제 인원 기준 손실 인시: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="225"/>
        <source>Service-users affected at the peak (a person counted once per service): %1</source>
        <translation>정점의 서비스 이용자 합계(한 사람을 서비스마다 셈): %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="229"/>
        <source>Service-user-hours lost: %1</source>
        <translation>서비스 이용자 기준 손실 인시: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="239"/>
        <source>Audience %1: %2 people (%3)</source>
        <translation>이용자 집단 %1: %2명 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="246"/>
        <source>%1 says %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="248"/>
        <source>Sources disagree on %1 at %2: %3; %4</source>
        <translation>%2에 %1에 대한 출처가 서로 다릅니다: %3; %4</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="289"/>
        <source>not reached</source>
        <translation>미도달</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="294"/>
        <location filename="../../app/commands.cpp" line="346"/>
        <location filename="../../app/momentsummary.cpp" line="44"/>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="294"/>
        <source>users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="295"/>
        <source>peak</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="295"/>
        <source>people-hours</source>
        <translation>인시</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="296"/>
        <source>first partial</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="297"/>
        <source>full recovery</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="297"/>
        <source>outage</source>
        <translation>장애 시간</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="298"/>
        <location filename="../../app/momentsummary.cpp" line="45"/>
        <source>share</source>
        <translation>영향 비율</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="305"/>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="309"/>
        <location filename="../../app/momentsummary.cpp" line="51"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="314"/>
        <source>service-users</source>
        <translation>서비스 이용자 합계</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="324"/>
        <source>people-hours cover %1 of %2 services: %3 have no user count (set them in the window: Services ▸ Edit…)</source>
        <translation>인시(人時)는 서비스 %2개 중 %1개만 셉니다: %3개는 사용자 수가 없습니다 (창에서 서비스 ▸ 편집…으로 정하세요)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="333"/>
        <source>People affected: not known until a service has a user count</source>
        <translation>영향받은 사람: 사용자 수가 있는 서비스가 생길 때까지 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="352"/>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="344"/>
        <source>What if: %1</source>
        <translation>가정: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="346"/>
        <source>recorded</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="347"/>
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="347"/>
        <source>saved</source>
        <translation>절감</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="355"/>
        <source>With %1, %2 people-hours (%3 %) would have been saved.</source>
        <translation>%1이면 %2 인시(%3%)를 줄일 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="373"/>
        <source>The Kakao 2022 demo is in %1</source>
        <translation>카카오 2022 데모가 %1에 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="402"/>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="420"/>
        <source>%1 % (%2 of %3 samples)</source>
        <translation>%1% (샘플 %3개 중 %2개)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="432"/>
        <source>%1 services × %2 samples (seed %3) written to %4</source>
        <translation>서비스 %1개 × 샘플 %2개(시드 %3)를 %4에 썼습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="452"/>
        <source>%1: %2 new records, %3 rejected</source>
        <translation>%1: 새 레코드 %2건, 거부 %3건</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="459"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="463"/>
        <source>timeline unreachable: %1 — webhooks are answered 503 with Retry-After, polls wait; reconnecting with backoff</source>
        <translation>타임라인에 연결할 수 없음: %1 — 웹훅에는 Retry-After와 함께 503으로 응답하고 폴링은 기다립니다. 간격을 늘려 가며 다시 연결합니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="470"/>
        <source>timeline reachable again after %1 s; polls catch up</source>
        <translation>%1초 만에 타임라인에 다시 연결됨. 폴링이 빠진 구간을 채웁니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="479"/>
        <source>Serving %1 sources into %2</source>
        <translation>소스 %1개를 %2(으)로 수집 중</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="481"/>
        <source>; webhooks on http://%1:%2/hooks/&lt;source&gt;</source>
        <translation>; 웹훅 주소 http://%1:%2/hooks/&lt;source&gt;</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="507"/>
        <source>%1 rows written to %2</source>
        <translation>%2에 %1행을 썼습니다</translation>
    </message>
    <message>
        <location filename="../../models/session/csvexporter.cpp" line="195"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="25"/>
        <source>%1 holds no data: nothing to copy</source>
        <translation>%1에 데이터가 없습니다: 복사할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="45"/>
        <source>%1 % of %2 samples</source>
        <translation>샘플 %2개 중 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="50"/>
        <source>What was copied before the error is kept; running the same command again continues without doubling anything.</source>
        <translation>오류 전까지 복사된 것은 유지됩니다. 같은 명령을 다시 실행하면 중복 없이 이어서 복사합니다.</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="56"/>
        <source>Copied %1 into %2: %3 rows read, %4 new, %5 already there; %6 feed sources refreshed</source>
        <translation>%1을(를) %2(으)로 복사함: %3행 읽음, 새 행 %4, 이미 있던 행 %5, 피드 소스 %6개 갱신</translation>
    </message>
    <message>
        <location filename="../../app/migratecommand.cpp" line="65"/>
        <source>%1 rows were read but %2 written or found: some were neither</source>
        <translation>%1행을 읽었지만 %2행만 쓰거나 찾았습니다: 어느 쪽도 아닌 행이 있습니다</translation>
    </message>
    <message>
        <source>Copied %1 into %2: %3 records read, %4 new, %5 already there</source>
        <translation type="vanished">%1을(를) %2(으)로 복사했습니다: 레코드 %3개 읽음, 새 레코드 %4개, 이미 있던 레코드 %5개</translation>
    </message>
    <message>
        <location filename="../../app/momentsummary.cpp" line="44"/>
        <source>people affected</source>
        <translation>영향 인원</translation>
    </message>
    <message>
        <location filename="../../app/momentsummary.cpp" line="45"/>
        <source>range</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../../app/momentsummary.cpp" line="64"/>
        <source>People affected at %1: not known until a service has a user count</source>
        <translation>%1 시점 영향 인원: 서비스에 사용자 수가 입력되기 전까지는 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/momentsummary.cpp" line="69"/>
        <source>Distinct people affected at %1: %2</source>
        <translation>%1 시점 중복 제외 영향 인원: %2</translation>
    </message>
    <message>
        <location filename="../../app/servicescommand.cpp" line="31"/>
        <source>%1 services written to %2</source>
        <translation>서비스 %1개를 %2에 썼습니다</translation>
    </message>
    <message>
        <location filename="../../app/servicescommand.cpp" line="42"/>
        <source>%1: %2 rows, %3 new, %4 changed, %5 unchanged, %6 rejected</source>
        <translation>%1: %2행, 새로 %3, 변경 %4, 그대로 %5, 거부 %6</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="121"/>
        <source>%1 holds no incident</source>
        <translation>%1에 장애가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="124"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="124"/>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="124"/>
        <source>severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="124"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="124"/>
        <source>began</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="124"/>
        <source>resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="125"/>
        <source>services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="125"/>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="125"/>
        <source>cited sources</source>
        <translation>인용 출처</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="128"/>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="128"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="135"/>
        <source>cited sources: where the incident&apos;s updates can be read; --json gives every address</source>
        <translation>인용 출처: 장애 업데이트를 볼 수 있는 곳. --json은 모든 주소를 출력</translation>
    </message>
    <message>
        <location filename="../../app/incidentscommand.cpp" line="138"/>
        <source>summary and report open %1 when --incident is not given</source>
        <translation>--incident가 없으면 summary와 report는 %1을(를) 엽니다</translation>
    </message>
    <message>
        <location filename="../../app/corpuscommand.cpp" line="33"/>
        <source>the outage corpus has %1 bad records, first: line %2, field %3: %4</source>
        <translation>장애 사례 모음에 잘못된 레코드가 %1건 있습니다. 첫 번째: %2행, 필드 %3: %4</translation>
    </message>
    <message>
        <location filename="../../app/corpuscommand.cpp" line="42"/>
        <source>Outage corpus: %1 outages, %2 records, %3 new, %4 already stored in %5</source>
        <translation>장애 사례 모음: 장애 %1건, 레코드 %2건, 신규 %3건, %5에 기존 저장 %4건</translation>
    </message>
    <message>
        <location filename="../../app/corpuscommand.cpp" line="50"/>
        <source>Compare with one: outagedash report --compare %1 --out FILE.pdf</source>
        <translation>비교하려면: outagedash report --compare %1 --out FILE.pdf</translation>
    </message>
</context>
<context>
    <name>CommunicationLane</name>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="264"/>
        <source>First evidence</source>
        <translation>첫 징후</translation>
    </message>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="266"/>
        <source>Acknowledged</source>
        <translation>인지</translation>
    </message>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="268"/>
        <source>First public update</source>
        <translation>첫 공개 업데이트</translation>
    </message>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="270"/>
        <source>Regulator notified</source>
        <translation>규제 기관 통보</translation>
    </message>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="272"/>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="284"/>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../../models/impact/communicationlane.cpp" line="291"/>
        <source>Communication: %1</source>
        <translation>소통: %1</translation>
    </message>
</context>
<context>
    <name>CommunicationMarks</name>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="16"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="60"/>
        <source>Communication</source>
        <translation>소통</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="67"/>
        <source>evidence</source>
        <translation>징후</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="69"/>
        <source>acknowledged</source>
        <translation>인지</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="71"/>
        <source>public</source>
        <translation>공개</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="73"/>
        <source>regulator</source>
        <translation>규제 기관</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="75"/>
        <source>resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="120"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="125"/>
        <source>%1 after %2</source>
        <translation>%2 %1 후</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="125"/>
        <source>%1 before %2</source>
        <translation>%2 %1 전</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="129"/>
        <source>user reports rose</source>
        <translation>사용자 신고 증가</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="130"/>
        <source>a state below operational</source>
        <translation>정상이 아닌 상태</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="131"/>
        <source>a sample below 99.9 %</source>
        <translation>99.9% 미만 샘플</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="132"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="134"/>
        <source>derived: a reconstruction, not a measurement</source>
        <translation>추정: 측정값이 아닌 재구성 값</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="137"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="139"/>
        <source>Marked by a reviewer (Notes menu); delete the note to undo.</source>
        <translation>검토자가 표시함(메모 메뉴). 되돌리려면 메모를 삭제하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="145"/>
        <source>%1 user reports (measured)</source>
        <translation>사용자 신고 %1건 (측정값)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="188"/>
        <source>%1: %2 user reports at %3 (measured)</source>
        <translation>%1: %3에 사용자 신고 %2건 (측정값)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="192"/>
        <source>Usual level %1: the median of %2 counts before the incident began</source>
        <translation>평소 수준 %1: 장애 시작 전 집계 %2개의 중앙값</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="193"/>
        <source>Usual level %1: the median of %2 counts in the first 6 hours of the export</source>
        <translation>평소 수준 %1: 내보낸 데이터 첫 6시간 동안 집계 %2개의 중앙값</translation>
    </message>
    <message>
        <location filename="../../ui/charts/communicationmarks.cpp" line="198"/>
        <source>First rise (at least 3× the usual level and 10 more): %1</source>
        <translation>첫 증가(평소 수준의 3배 이상이면서 10건 이상 많음): %1</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>All data (no incident)</source>
        <translation type="vanished">전체 데이터(장애 없음)</translation>
    </message>
    <message>
        <source>Total people affected, from each incident&apos;s start</source>
        <translation type="vanished">각 장애 시작부터의 전체 영향 인원</translation>
    </message>
    <message>
        <source>Millions of people</source>
        <translation type="vanished">인원(백만 명)</translation>
    </message>
    <message>
        <source>Thousands of people</source>
        <translation type="vanished">인원(천 명)</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="vanished">영향 인원</translation>
    </message>
    <message>
        <source>Hours since the incident began</source>
        <translation type="vanished">장애 시작 후 경과 시간(시간)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparetimescale.cpp" line="43"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparetimescale.cpp" line="45"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
</context>
<context>
    <name>CompareChartBuilder</name>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="86"/>
        <source>All data (no incident)</source>
        <translation>전체 데이터(장애 미지정)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="92"/>
        <source>Total people affected, from each incident&apos;s start</source>
        <translation>총 영향 인원(각 장애 시작 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="93"/>
        <source>Share of services failing, from each incident&apos;s start</source>
        <translation>장애 서비스 비율(각 장애 시작 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="94"/>
        <source>%1 (logarithmic time)</source>
        <translation>%1 (로그 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="109"/>
        <source>Logarithmic time axis: the spans differ %1-fold.</source>
        <translation>로그 시간 축: 두 구간의 길이가 %1배 차이 납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="113"/>
        <source>Linear time axis: the spans differ less than tenfold.</source>
        <translation>선형 시간 축: 두 구간의 길이 차이가 10배 미만입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="116"/>
        <source>Users of one incident are not known: both are drawn as the share of their services failing.</source>
        <translation>한 장애의 사용자 수를 알 수 없어 둘 다 장애 서비스 비율로 그립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="160"/>
        <source>Services failing, %</source>
        <translation>장애 서비스, %</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="161"/>
        <source>Billions of people</source>
        <translation>인원 (십억 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="162"/>
        <source>Millions of people</source>
        <translation>인원 (백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="163"/>
        <source>Thousands of people</source>
        <translation>인원 (천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="164"/>
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="177"/>
        <source>Time since the incident began (logarithmic)</source>
        <translation>장애 시작 후 경과 시간 (로그)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparechartbuilder.cpp" line="194"/>
        <source>Hours since the incident began</source>
        <translation>장애 시작 후 경과 시간(시간)</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="54"/>
        <source>Milestones of the first incident</source>
        <translation>첫 번째 장애의 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="55"/>
        <source>Milestones of the second incident</source>
        <translation>두 번째 장애의 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="71"/>
        <source>Incident &amp;A:</source>
        <translation>장애 &amp;A:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="71"/>
        <source>The first incident to compare (solid line)</source>
        <translation>비교할 첫 번째 장애(실선)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="73"/>
        <source>Incident &amp;B:</source>
        <translation>장애 &amp;B:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="73"/>
        <source>The second incident to compare (dashed line)</source>
        <translation>비교할 두 번째 장애(점선)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="80"/>
        <source>Total people affected by both incidents, from each one&apos;s start</source>
        <translation>두 장애의 각 시작부터의 전체 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="108"/>
        <source>How the comparison is drawn</source>
        <translation>비교를 그리는 방식</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="226"/>
        <source>No incident chosen</source>
        <translation>선택한 장애 없음</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="232"/>
        <source>solid line</source>
        <translation>실선</translation>
    </message>
    <message>
        <location filename="../../ui/charts/comparewidget.cpp" line="233"/>
        <source>dashed line</source>
        <translation>점선</translation>
    </message>
</context>
<context>
    <name>CountingMethod</name>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="28"/>
        <source>People affected = users × (1 − availability). Measured availability samples are used where present; otherwise a reported state counts as: degraded %1 % affected, partial outage %2 %, major outage %3 %, maintenance %4 %.</source>
        <translation>영향 인원 = 사용자 수 × (1 − 가용성). 측정된 가용성 샘플이 있으면 이를 사용하고, 없으면 보고된 상태를 다음과 같이 계산합니다: 성능 저하 %1% 영향, 부분 장애 %2%, 주요 장애 %3%, 점검 %4%.</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="35"/>
        <source>An unknown state keeps the last known availability.</source>
        <translation>알 수 없음 상태에서는 마지막으로 확인된 가용성을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="36"/>
        <source>An unknown state counts as %1 % affected.</source>
        <translation>알 수 없음 상태는 %1% 영향으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="38"/>
        <source>A dependency&apos;s failure reaches its share of the dependent&apos;s users: effective availability = own × Π(1 − share × (1 − dependency&apos;s effective availability)).</source>
        <translation>의존성의 장애는 의존하는 서비스 사용자 중 해당 비율만큼에 영향을 줍니다: 실효 가용성 = 자체 가용성 × Π(1 − 비율 × (1 − 의존성의 실효 가용성)).</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="87"/>
        <source>the counting spec is empty (expected e.g. &quot;%1&quot;)</source>
        <translation>집계 설정이 비어 있습니다(예: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="94"/>
        <source>empty entry in counting spec &quot;%1&quot;</source>
        <translation>집계 설정 &quot;%1&quot;에 빈 항목이 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="99"/>
        <source>unknown key &quot;%1&quot; in counting spec (keys: %2)</source>
        <translation>집계 설정에 알 수 없는 키 &quot;%1&quot;(키: %2)</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="102"/>
        <source>&quot;%1&quot; has no value in counting spec (expected %1=NUMBER)</source>
        <translation>집계 설정에서 &quot;%1&quot;에 값이 없습니다(%1=숫자 형식 필요)</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="107"/>
        <source>&quot;%1&quot; is given twice in counting spec</source>
        <translation>집계 설정에 &quot;%1&quot;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="113"/>
        <source>&quot;%1=last&quot;: only unknown can keep the last known availability</source>
        <translation>&quot;%1=last&quot;: 마지막 가용성 유지는 unknown에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/countingmethod.cpp" line="122"/>
        <source>&quot;%1&quot; must be an availability from 0 to 1 in counting spec, not &quot;%2&quot;</source>
        <translation>집계 설정에서 &quot;%1&quot;은(는) 0~1 사이 가용성이어야 합니다(입력: &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <location filename="../../models/feeds/csvparser.cpp" line="168"/>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <location filename="../../models/feeds/csvtokenizer.cpp" line="69"/>
        <source>the row has more than %1 cells</source>
        <translation>행의 셀이 %1개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/csvtokenizer.cpp" line="79"/>
        <source>cell %1 is longer than %2 bytes</source>
        <translation>셀 %1이(가) %2바이트보다 깁니다</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <location filename="../../models/session/dashboardsession.cpp" line="121"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../models/session/dashboardsession.cpp" line="122"/>
        <source>%1 — showing the data as loaded at %2; trying again every %3 s</source>
        <translation>%1 — %2에 불러온 데이터를 표시하는 중이며 %3초마다 다시 시도합니다</translation>
    </message>
    <message>
        <location filename="../../models/session/dashboardsessionstore.cpp" line="12"/>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/dashboardsessioncatalogue.cpp" line="31"/>
        <source>%1 cannot be removed: the timeline has samples or states of it. Nothing was saved.</source>
        <translation>%1은(는) 삭제할 수 없습니다. 타임라인에 이 서비스의 샘플이나 상태가 있습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DashboardViews</name>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="26"/>
        <source>&amp;Recovery</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="27"/>
        <source>&amp;State timeline</source>
        <translation>상태 타임라인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="28"/>
        <source>De&amp;pendencies</source>
        <translation>의존성(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="29"/>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="30"/>
        <source>&amp;What if</source>
        <translation>가정 분석(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="31"/>
        <source>People affected by service over time (wheel: zoom, drag: pan, 0: reset)</source>
        <translation>서비스별 시간에 따른 영향 인원(휠: 확대/축소, 드래그: 이동, 0: 초기화)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="32"/>
        <source>Each service&apos;s state over time, with milestones and notes</source>
        <translation>서비스별 시간에 따른 상태, 마일스톤과 메모 포함</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="33"/>
        <source>Which service needs which, coloured by state at the cursor</source>
        <translation>서비스 간 의존 관계, 커서 시점 상태별 색상</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="34"/>
        <source>Two incidents overlaid from their start, milestones side by side</source>
        <translation>두 장애를 시작 시점 기준으로 겹쳐 보기, 마일스톤 나란히 비교</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="36"/>
        <source>The incident replayed with a different recovery, and the people-hours it would save</source>
        <translation>다른 복구로 다시 재생한 인시던트와 그로 인해 절약되었을 인시</translation>
    </message>
    <message>
        <location filename="../../ui/dashboardviews.cpp" line="86"/>
        <source>How it is counted: %1</source>
        <translation>집계 방법: %1</translation>
    </message>
</context>
<context>
    <name>DependencyPreview</name>
    <message>
        <location filename="../../ui/dialogs/dependencypreview.cpp" line="37"/>
        <source>Dependency graph preview</source>
        <translation>의존 관계 그래프 미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dependencypreview.cpp" line="38"/>
        <source>What the dependencies will look like: an arrow goes from a service to what it needs</source>
        <translation>저장될 의존 관계의 모습: 화살표는 서비스에서 그 서비스가 필요로 하는 대상으로 향합니다</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dependencypreview.cpp" line="101"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DependencyView</name>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="50"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="56"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="76"/>
        <source>%1 of users affected</source>
        <translation>사용자의 %1 영향</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="79"/>
        <source>%1 affected</source>
        <translation>영향 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="81"/>
        <source>%1 own</source>
        <translation>자체 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="82"/>
        <source>%1 through dependencies</source>
        <translation>의존성 경유 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="150"/>
        <source>Arrows point from a service to what it needs; the label is the share of its users that a failure there reaches. People affected at %1.</source>
        <translation>화살표는 서비스에서 그 서비스가 의존하는 대상으로 향하며, 레이블은 그곳의 장애가 미치는 사용자 비율입니다. %1 기준 영향 인원.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="295"/>
        <source>Dependency view: services, what they need, and the people affected at the cursor</source>
        <translation>의존성 보기: 서비스, 의존 대상, 커서 시점의 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="345"/>
        <source>No services to show</source>
        <translation>표시할 서비스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="414"/>
        <source>%1 needs %2: a failure there reaches %3 of its users.</source>
        <translation>%1은(는) %2에 의존: 그곳의 장애는 사용자의 %3에 영향을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="421"/>
        <source>%1 users</source>
        <translation>사용자 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/charts/dependencyview.cpp" line="422"/>
        <source>users unknown</source>
        <translation>사용자 수 모름</translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <location filename="../../models/feeds/atomrssparser.cpp" line="263"/>
        <source>the entry has no id, guid, link or title to name its incident</source>
        <translation>항목에 인시던트를 가리킬 id, guid, link, title이 없습니다</translation>
    </message>
</context>
<context>
    <name>FeedSourceModel</name>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="61"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="64"/>
        <source>STALE: silent for %1 s</source>
        <translation>데이터 중단: %1초째 무응답</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="65"/>
        <source>STALE: never reported</source>
        <translation>데이터 중단: 보고 기록 없음</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="67"/>
        <source>%1; last error: %2</source>
        <translation>%1; 마지막 오류: %2</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="69"/>
        <source>reporting</source>
        <translation>보고 중</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="69"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="80"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="82"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="84"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="86"/>
        <source>Last report</source>
        <translation>마지막 보고</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/feedsourcemodel.cpp" line="88"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>FigureRange</name>
    <message>
        <location filename="../../models/impact/figurerange.cpp" line="36"/>
        <source> bn</source>
        <translation>십억</translation>
    </message>
    <message>
        <location filename="../../models/impact/figurerange.cpp" line="38"/>
        <source> M</source>
        <translation>백만</translation>
    </message>
    <message>
        <location filename="../../models/impact/figurerange.cpp" line="39"/>
        <source> k</source>
        <translation>천</translation>
    </message>
    <message>
        <location filename="../../models/impact/figurerange.cpp" line="85"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location filename="../../models/impact/figurerange.cpp" line="102"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../models/impact/figurerange.cpp" line="107"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>GoogleCloudParser</name>
    <message>
        <location filename="../../models/feeds/googlecloudparser.cpp" line="90"/>
        <source>a product must be an object with &quot;id&quot; and &quot;title&quot;, got %1</source>
        <translation>제품은 &quot;id&quot;와 &quot;title&quot;이 있는 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/googlecloudparser.cpp" line="126"/>
        <source>Locations: %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <location filename="../../models/feeds/googlecloudparser.cpp" line="188"/>
        <source>not a Google Cloud incidents.json: expected an array of incidents, got %1</source>
        <translation>Google Cloud incidents.json이 아닙니다: 인시던트 배열이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/googlecloudparser.cpp" line="189"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../../models/feeds/googlecloudparser.cpp" line="189"/>
        <source>a bare value</source>
        <translation>단일 값</translation>
    </message>
</context>
<context>
    <name>GrafanaParser</name>
    <message>
        <location filename="../../models/feeds/grafanaparser.cpp" line="37"/>
        <source>missing required field &quot;state&quot;</source>
        <translation>필수 필드 &quot;state&quot;가 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/grafanaparser.cpp" line="57"/>
        <source>no %1 or &quot;job&quot; tag, &quot;ruleName&quot; or &quot;title&quot; names the service</source>
        <translation>서비스를 가리키는 %1 또는 &quot;job&quot; 태그, &quot;ruleName&quot;, &quot;title&quot;이 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/grafanaparser.cpp" line="62"/>
        <source>%1 is not in the service mapping and only mapped services are taken</source>
        <translation>%1은(는) 서비스 매핑에 없으며 매핑된 서비스만 받습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/grafanaparser.cpp" line="111"/>
        <source>not a Grafana webhook payload: expected &quot;alerts&quot; with &quot;orgId&quot; (unified alerting) or &quot;ruleName&quot; and &quot;state&quot; (legacy alerting)</source>
        <translation>Grafana 웹훅 페이로드가 아닙니다: &quot;orgId&quot;와 함께 &quot;alerts&quot;(통합 알림) 또는 &quot;ruleName&quot;과 &quot;state&quot;(레거시 알림)가 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation type="vanished">%1 (바이트 %2): %3</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="30"/>
        <source>NDJSON feeds</source>
        <translation>NDJSON 피드</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="31"/>
        <source>JSON (Statuspage, Alertmanager, Prometheus, Grafana, Google Cloud)</source>
        <translation>JSON (Statuspage, Alertmanager, Prometheus, Grafana, Google Cloud)</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="32"/>
        <source>CSV tables</source>
        <translation>CSV 표</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="33"/>
        <source>XML feeds</source>
        <translation>XML 피드</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="34"/>
        <source>Atom feeds</source>
        <translation>Atom 피드</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="35"/>
        <source>RSS feeds</source>
        <translation>RSS 피드</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="40"/>
        <source>All supported feeds (%1)</source>
        <translation>지원되는 모든 피드 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="43"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="62"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="62"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="63"/>
        <location filename="../../ui/importcontroller.cpp" line="123"/>
        <location filename="../../ui/importcontroller.cpp" line="125"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="75"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="82"/>
        <source>%1: %2
Trying again in %3 s…</source>
        <translation>%1: %2
%3초 후 다시 시도합니다…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="94"/>
        <source>%1: import failed: %2</source>
        <translation>%1: 가져오기 실패: %2</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="97"/>
        <source>%1: cancelled after %2 records (those are kept)</source>
        <translation>%1: 레코드 %2건 처리 후 취소됨 (처리된 레코드는 유지됨)</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="98"/>
        <source>%1: %2 records, %3 new, %4 already stored, %5 rejected</source>
        <translation>%1: 레코드 %2건, 신규 %3건, 기존 저장 %4건, 거부 %5건</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="106"/>
        <source>  line %1, field &quot;%2&quot;: %3</source>
        <translation>  %1행, 필드 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="109"/>
        <source>  … and %1 more rejected records, kept in the rejects table</source>
        <translation>  … 외 거부된 레코드 %1건은 rejects 테이블에 보관됨</translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="34"/>
        <source>&amp;Follow it</source>
        <translation>따라가기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="40"/>
        <source>Show the live incident&apos;s figures</source>
        <translation>진행 중인 장애의 수치를 표시합니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="41"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="57"/>
        <source>Open &amp;demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="58"/>
        <source>Open the Kakao 2022 demo in a window and a database of its own</source>
        <translation>카카오 2022 데모를 별도의 창과 데이터베이스에서 엽니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="64"/>
        <source>S&amp;ervices</source>
        <translation>서비스(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="65"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="67"/>
        <source>Services, their users, groups and colours, and what depends on what</source>
        <translation>서비스와 사용자 수, 그룹, 색상, 그리고 무엇이 무엇에 의존하는지</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="69"/>
        <source>In&amp;cidents</source>
        <translation>장애(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="70"/>
        <source>&amp;New from selection…</source>
        <translation>선택 범위로 새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="72"/>
        <source>Make an incident of the range dragged on the recovery chart with Shift held, or of the visible range</source>
        <translation>Shift를 누른 채 복구 차트에서 끌어 선택한 범위, 또는 보이는 범위로 장애를 만듭니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="75"/>
        <source>&amp;Now</source>
        <translation>현재(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="80"/>
        <source>Every service&apos;s current state and impact over the last hours</source>
        <translation>최근 몇 시간 동안 모든 서비스의 현재 상태와 영향</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="89"/>
        <location filename="../../ui/incidentactions.cpp" line="138"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="94"/>
        <source>Every service&apos;s current state and impact over the last hours, instead of an incident</source>
        <translation>장애 대신, 최근 몇 시간 동안 모든 서비스의 현재 상태와 영향</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="98"/>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="100"/>
        <source>How many hours the Now view spans</source>
        <translation>현재 보기가 포함하는 시간</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="120"/>
        <source>no start time</source>
        <translation>시작 시각 없음</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="121"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="122"/>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="124"/>
        <source>no severity</source>
        <translation>심각도 없음</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="125"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="126"/>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="126"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="vanished">해결됨</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="vanished">진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="160"/>
        <source>Services saved</source>
        <translation>서비스를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="179"/>
        <source>New incident</source>
        <translation>새 장애</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="179"/>
        <source>The incident could not be stored: %1</source>
        <translation>장애를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="183"/>
        <source>Incident stored</source>
        <translation>장애를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="197"/>
        <source>Open demo</source>
        <translation>데모 열기</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="197"/>
        <source>The demo could not be opened: %1</source>
        <translation>데모를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="207"/>
        <source>Live incident opened: %1. The dashboard follows it, and goes back to Now when it is resolved.</source>
        <translation>진행 중인 장애가 열렸습니다: %1. 대시보드가 이 장애를 따라가며, 해결되면 현재로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="211"/>
        <source>Live incident opened: %1</source>
        <translation>진행 중인 장애가 열렸습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incidentactions.cpp" line="238"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>IncidentHeaderWidget</name>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="65"/>
        <source>Demo: the Kakao outage of 15–20 October 2022, built from the public record. Availability curves are derived, not measured. Import your own feeds with File ▸ Import.</source>
        <translation>데모: 공개 기록을 바탕으로 구성한 2022년 10월 15–20일 카카오 장애입니다. 가용성 곡선은 측정값이 아닌 추정값입니다. 자체 피드는 파일 ▸ 가져오기로 가져오세요.</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="vanished">아직 기록된 데이터가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="97"/>
        <source>All recorded data</source>
        <translation>기록된 전체 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="150"/>
        <source>Import feed files (File ▸ Import, or drop them on the window), add live sources (File ▸ Sources), or copy a timeline in with: outagedash migrate --from FILE --to DB</source>
        <translation>피드 파일을 가져오거나(파일 ▸ 가져오기, 또는 창에 끌어다 놓기), 실시간 소스를 추가하거나(파일 ▸ 소스), 다음 명령으로 타임라인을 복사해 오세요: outagedash migrate --from FILE --to DB</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="164"/>
        <source>People affected: not known until a service has a user count</source>
        <translation>영향받은 사람: 사용자 수가 있는 서비스가 생길 때까지 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="167"/>
        <source>%1 people affected (range %2)</source>
        <translation>영향 인원 %1명 (범위 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="168"/>
        <source>%1 people affected</source>
        <translation>영향 인원 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="172"/>
        <source>%1: %2</source>
        <translation>%1: %2명</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="173"/>
        <source>%1 service-users affected: a person using several services counts once for each.</source>
        <translation>서비스 이용자 합계 %1명: 여러 서비스를 쓰는 사람은 서비스마다 한 번씩 셉니다.</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="177"/>
        <source>People counted once; overlap model: %1.</source>
        <translation>사람은 한 번만 셉니다. 겹침 모델: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="178"/>
        <source>People counted once within each audience (%1); overlap model: %2.</source>
        <translation>이용자 집단 안에서 사람은 한 번만 셉니다(%1). 겹침 모델: %2.</translation>
    </message>
    <message>
        <source>%1 people affected across all services</source>
        <translation type="vanished">전체 서비스 영향 인원 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="185"/>
        <source>As at %1, %2 after the outage began</source>
        <translation>%1 기준, 장애 발생 %2 후</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="186"/>
        <source>As at %1, before the outage began</source>
        <translation>%1 기준, 장애 발생 전</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="43"/>
        <source>People figures need each service&apos;s user count: set them in Services ▸ Edit…</source>
        <translation>인원 수치에는 서비스별 사용자 수가 필요합니다. 서비스 ▸ 편집…에서 정하세요</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="95"/>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="104"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bring in your data&lt;/b&gt;: &lt;a href=&quot;do:import&quot;&gt;import&lt;/a&gt; your status page&apos;s incidents.json, an Alertmanager webhook or a Prometheus query result (File ▸ Import, or drop files here), or add &lt;a href=&quot;do:sources&quot;&gt;live sources&lt;/a&gt; (File ▸ Sources).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Say who uses what&lt;/b&gt;: give each service its users and what it depends on in &lt;a href=&quot;do:services&quot;&gt;Services ▸ Edit…&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the figures&lt;/b&gt;: the tiles, the headline and the recovery chart show the people affected; with no incident the dashboard shows Now, the last 24 hours.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Just looking? &lt;a href=&quot;do:demo&quot;&gt;Open the demo&lt;/a&gt; (the Kakao outage of October 2022) in a database of its own.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;데이터 가져오기&lt;/b&gt;: 상태 페이지의 incidents.json, Alertmanager 웹훅, Prometheus 쿼리 결과를 &lt;a href=&quot;do:import&quot;&gt;가져오거나&lt;/a&gt;(파일 ▸ 가져오기, 또는 여기에 파일을 끌어다 놓기) &lt;a href=&quot;do:sources&quot;&gt;실시간 소스&lt;/a&gt;를 추가하세요(파일 ▸ 소스).&lt;/li&gt;&lt;li&gt;&lt;b&gt;누가 무엇을 쓰는지 정하기&lt;/b&gt;: &lt;a href=&quot;do:services&quot;&gt;서비스 ▸ 편집…&lt;/a&gt;에서 서비스마다 사용자 수와 의존 대상을 정하세요.&lt;/li&gt;&lt;li&gt;&lt;b&gt;수치 읽기&lt;/b&gt;: 타일, 헤드라인, 복구 차트가 영향받은 인원을 보여 줍니다. 장애가 없으면 대시보드는 현재(지난 24시간)를 보여 줍니다.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;둘러보기만 하시나요? &lt;a href=&quot;do:demo&quot;&gt;데모 열기&lt;/a&gt;(2022년 10월 카카오 장애)는 별도의 데이터베이스에서 열립니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="96"/>
        <source>Now: every service over the last %1 h</source>
        <translation>현재: 지난 %1시간 동안의 모든 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="72"/>
        <source>Demo data: derived from the public record, not measured</source>
        <translation>데모 데이터: 공개 기록에서 추정한 값이며 측정값이 아님</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="122"/>
        <source>⚠ 1 service has no user count: &lt;a href=&quot;do:services&quot;&gt;Services ▸ Edit…&lt;/a&gt;</source>
        <translation>⚠ 사용자 수가 없는 서비스 1개: &lt;a href=&quot;do:services&quot;&gt;서비스 ▸ 편집…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="123"/>
        <source>⚠ %1 services have no user count: &lt;a href=&quot;do:services&quot;&gt;Services ▸ Edit…&lt;/a&gt;</source>
        <translation>⚠ 사용자 수가 없는 서비스 %1개: &lt;a href=&quot;do:services&quot;&gt;서비스 ▸ 편집…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="180"/>
        <source>Each tile shows the share of its service&apos;s users affected.</source>
        <translation>각 타일은 그 서비스 사용자 중 영향받은 비율을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="184"/>
        <source>As at %1</source>
        <translation>%1 기준</translation>
    </message>
</context>
<context>
    <name>IncidentMarks</name>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="12"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="24"/>
        <source>began</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="25"/>
        <source>detected</source>
        <translation>감지</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="26"/>
        <source>mitigated</source>
        <translation>완화</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="27"/>
        <source>resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="83"/>
        <source>Incident %1 at %2</source>
        <translation>장애 %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="84"/>
        <source>Incident %1 at %2; its sources leave %3 – %4 open. %5</source>
        <translation>장애 %1: %2. 출처에 따르면 %3 – %4 사이일 수 있습니다. %5</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="110"/>
        <source>%1 says %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="111"/>
        <source>%1, %2 – %3: sources disagree. %4; %5.</source>
        <translation>%1, %2 – %3: 출처가 서로 다릅니다. %4; %5.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="118"/>
        <source>incident milestone and its window</source>
        <translation>장애 이정표와 그 구간</translation>
    </message>
    <message>
        <location filename="../../ui/charts/incidentmarks.cpp" line="123"/>
        <source>sources disagree</source>
        <translation>출처 불일치</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>%1 must be an object, got %2</source>
        <translation type="vanished">%1은(는) 객체여야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>%1 must be an array, got %2</source>
        <translation type="vanished">%1은(는) 배열이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>a product must be an object with &quot;id&quot; and &quot;title&quot;, got %1</source>
        <translation type="vanished">제품은 &quot;id&quot;와 &quot;title&quot;이 있는 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation type="vanished">위치: %1</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="17"/>
        <source>Critical</source>
        <translation>치명적</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="19"/>
        <source>Major</source>
        <translation>주요</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="21"/>
        <source>Minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="23"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="25"/>
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="33"/>
        <source>Investigating</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="34"/>
        <source>Identified</source>
        <translation>원인 파악</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="35"/>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="36"/>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="37"/>
        <source>Postmortem</source>
        <translation>사후 분석</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="38"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="39"/>
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="40"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="41"/>
        <source>Verifying</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="42"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="43"/>
        <source>Firing</source>
        <translation>경보 발생</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="61"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="63"/>
        <source>Medium</source>
        <translation>중간</translation>
    </message>
    <message>
        <location filename="../../models/domain/incidentwords.cpp" line="65"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
</context>
<context>
    <name>JsonEnvelope</name>
    <message>
        <location filename="../../models/feeds/jsonenvelope.cpp" line="46"/>
        <source>%1 at byte %2: %3</source>
        <translation>%1 (바이트 %2): %3</translation>
    </message>
    <message>
        <location filename="../../models/feeds/jsonenvelope.cpp" line="96"/>
        <source>%1 must be an object, got %2</source>
        <translation>%1은(는) 객체여야 하는데 %2입니다</translation>
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <location filename="../../models/feeds/jsonscan.cpp" line="396"/>
        <source>invalid JSON at line %1, byte %2: %3</source>
        <translation>잘못된 JSON (%1행, 바이트 %2): %3</translation>
    </message>
    <message>
        <location filename="../../models/feeds/jsonscan.cpp" line="404"/>
        <source>key %1 is given twice; a field may be given once (readers differ on which value counts)</source>
        <translation>키 %1이(가) 두 번 나옵니다. 필드는 한 번만 쓸 수 있습니다 (어느 값을 쓰는지는 읽는 프로그램마다 다릅니다)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="283"/>
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="80"/>
        <source>Incident</source>
        <translation>인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>&amp;Incident: </source>
        <translation>인시던트(&amp;I): </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="87"/>
        <source>The incident whose figures the dashboard shows</source>
        <translation>대시보드에 수치를 표시할 인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="140"/>
        <source>Showing the embedded demo dataset (%1)</source>
        <translation>내장 데모 데이터 세트 표시 중 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="275"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>Demo (%1)</source>
        <translation>데모 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="57"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="59"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import feed files (NDJSON); you can also drop files on the window</source>
        <translation type="vanished">피드 파일(NDJSON) 가져오기. 파일을 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="64"/>
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="67"/>
        <source>Write the postmortem report of this incident as a PDF</source>
        <translation>이 인시던트의 포스트모템 보고서를 PDF로 작성</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="70"/>
        <source>&amp;Sources…</source>
        <translation>소스(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="73"/>
        <source>Live feeds: polled URLs, followed files and the webhook listener</source>
        <translation>실시간 피드: 폴링 URL, 추적 파일, 웹훅 수신기</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="88"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="89"/>
        <source>&amp;Dark theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="95"/>
        <source>&amp;Wall display</source>
        <translation>상황판 모드(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="98"/>
        <source>Full screen for a wall display: big tiles, rotating views, no menus; Esc leaves</source>
        <translation>상황판용 전체 화면: 큰 타일, 화면 순환, 메뉴 없음. Esc로 나가기</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="101"/>
        <source>&amp;Filter timeline</source>
        <translation>타임라인 필터(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="109"/>
        <source>&amp;Rejected records…</source>
        <translation>거부된 레코드(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="112"/>
        <source>What sources sent that could not be taken, and why</source>
        <translation>소스가 보냈지만 받아들이지 못한 내용과 그 이유</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="115"/>
        <source>&amp;Counting method…</source>
        <translation>집계 방법(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="160"/>
        <source>Mark &amp;regulator notified at cursor…</source>
        <translation>커서 위치에 규제 기관 통보 표시(&amp;R)…</translation>
    </message>
    <message>
        <source>How degraded, partial and major states count against availability</source>
        <translation type="vanished">성능 저하, 부분 장애, 주요 장애 상태를 가용성에 반영하는 방법</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="118"/>
        <source>Distinct people &amp;overlap</source>
        <translation>실제 인원 겹침 모델(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="130"/>
        <source>What-if &amp;scenarios…</source>
        <translation>가정 시나리오(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="134"/>
        <source>Replay the incident with a different recovery and see the people-hours it would save</source>
        <translation>다른 복구로 인시던트를 다시 재생하고 절약되었을 인시를 확인합니다</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="140"/>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="142"/>
        <source>&amp;Add note at cursor…</source>
        <translation>커서 위치에 메모 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="146"/>
        <source>&amp;Edit selected note…</source>
        <translation>선택한 메모 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="152"/>
        <source>&amp;Delete selected note…</source>
        <translation>선택한 메모 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="79"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="81"/>
        <source>&amp;About Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="240"/>
        <source>Visible chart range</source>
        <translation>차트에 보이는 범위</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="241"/>
        <source>First 24 hours</source>
        <translation>처음 24시간</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="243"/>
        <source>Before the all-clear</source>
        <translation>완전 복구 이전</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="230"/>
        <source>Import feed files</source>
        <translation>피드 파일 가져오기</translation>
    </message>
    <message>
        <source>Feed files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation type="vanished">피드 파일 (*.ndjson *.jsonl *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="241"/>
        <location filename="../../ui/windowactions.cpp" line="255"/>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="242"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="253"/>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="256"/>
        <source>The report could not be written: %1</source>
        <translation>보고서를 작성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="262"/>
        <source>About Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드 정보</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="263"/>
        <source>&lt;h3&gt;Outage Impact Dashboard %1&lt;/h3&gt;&lt;p&gt;Shows how many people each service is failing, through its dependencies, over the whole recovery.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;장애 영향 대시보드 %1&lt;/h3&gt;&lt;p&gt;각 서비스의 장애가 의존성을 통한 영향까지 포함해 복구 전 과정에 걸쳐 얼마나 많은 사람에게 영향을 주는지 보여 줍니다.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;&lt;p&gt;데이터베이스: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="209"/>
        <location filename="../../ui/windowactions.cpp" line="223"/>
        <source>Counting method</source>
        <translation>집계 방법</translation>
    </message>
    <message>
        <source>Availability each reported state counts as (0 = everyone affected, 1 = nobody); unknown=last keeps the last known value:</source>
        <translation type="vanished">보고된 상태별 가용성 환산값(0 = 전원 영향, 1 = 영향 없음). unknown=last는 마지막 값을 유지합니다:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="267"/>
        <source>Live sources from %1</source>
        <translation>%1의 실시간 소스</translation>
    </message>
    <message>
        <source>Outage Impact Dashboard — Demo</source>
        <translation type="vanished">장애 영향 대시보드 — 데모</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="25"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="80"/>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="82"/>
        <source>Nobody gave the number of users: the people affected are not known</source>
        <translation>사용자 수를 알려 준 출처가 없어 영향 인원을 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="99"/>
        <source>Not reached within the incident&apos;s window</source>
        <translation>장애 구간 안에 도달하지 않음</translation>
    </message>
    <message>
        <source>%1 %2 (%3 after the start)</source>
        <translation type="vanished">%1 %2(시작 후 %3)</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="100"/>
        <source>%1 (%2 after the start)</source>
        <translation>%1 (시작 후 %2)</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="124"/>
        <source>Peak</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="126"/>
        <source>People-hours</source>
        <translation>인시</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="128"/>
        <source>First partial</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="130"/>
        <source>50 %</source>
        <translation>50%</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="132"/>
        <source>90 %</source>
        <translation>90%</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="134"/>
        <source>99 %</source>
        <translation>99%</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="136"/>
        <source>Full</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="145"/>
        <source>Most people affected at one time</source>
        <translation>한 시점의 최대 영향 인원</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="147"/>
        <source>People affected × hours, over the incident&apos;s window</source>
        <translation>영향 인원 × 시간(장애 구간 전체)</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="149"/>
        <source>Time from the start to the first fall after the peak</source>
        <translation>시작부터 최대치 이후 첫 감소까지의 시간</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="153"/>
        <source>Time from the start until people affected fell to %1 % of the peak</source>
        <translation>시작부터 영향 인원이 최대치의 %1%로 줄기까지의 시간</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/milestonetablemodel.cpp" line="158"/>
        <source>Time from the start until nobody was affected any more</source>
        <translation>시작부터 영향 인원이 없어지기까지의 시간</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="25"/>
        <source>New incident from selection</source>
        <translation>선택 범위로 새 장애</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="26"/>
        <source>e.g. Login failures after the 14:00 deploy</source>
        <translation>예: 14:00 배포 후 로그인 실패</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">치명적</translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="vanished">주요</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="vanished">경미</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="vanished">없음</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="38"/>
        <source>In %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="42"/>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="43"/>
        <source>&amp;Severity:</source>
        <translation>심각도(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="44"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/newincidentdialog.cpp" line="45"/>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
</context>
<context>
    <name>OverlapModel</name>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="38"/>
        <source>Nested</source>
        <translation>포함(nested)</translation>
    </message>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="40"/>
        <source>Disjoint</source>
        <translation>서로소(disjoint)</translation>
    </message>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="44"/>
        <source>Independent</source>
        <translation>독립(independent)</translation>
    </message>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="52"/>
        <source>Distinct people are counted as nested: everyone affected by a smaller service of an audience is taken to be among those affected by its largest one, so the figure is the largest service&apos;s.</source>
        <translation>실제 인원을 포함(nested) 모델로 셉니다: 한 이용자 집단에서 작은 서비스의 영향 인원은 모두 가장 큰 서비스의 영향 인원 안에 있다고 보므로, 수치는 가장 큰 서비스의 것입니다.</translation>
    </message>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="57"/>
        <source>Distinct people are counted as disjoint: no one is taken to use two services of an audience, so the figure adds them up, but never past the audience&apos;s size.</source>
        <translation>실제 인원을 서로소(disjoint) 모델로 셉니다: 한 이용자 집단의 서비스를 두 개 이상 쓰는 사람은 없다고 보므로 수치를 더하되, 집단의 크기를 넘지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="62"/>
        <source>Distinct people are counted as independent: a person&apos;s services are taken to fail independently, so of an audience of N people, N × (1 − Π(1 − affected ÷ N)) are affected by at least one.</source>
        <translation>실제 인원을 독립(independent) 모델로 셉니다: 한 사람이 쓰는 서비스들은 서로 독립적으로 장애를 겪는다고 보므로, N명의 이용자 집단에서 N × (1 − Π(1 − 영향 인원 ÷ N))명이 하나 이상의 서비스에서 영향을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../models/impact/overlapmodel.cpp" line="68"/>
        <source>The range runs from nested (the largest service alone) to disjoint (the sum, capped at the audience&apos;s size). Services of different audiences add up; a service with no audience is an audience of its own users.</source>
        <translation>범위는 포함 모델(가장 큰 서비스만)부터 서로소 모델(합계, 집단 크기를 넘지 않음)까지입니다. 서로 다른 이용자 집단의 서비스는 더하며, 집단이 없는 서비스는 그 이용자만으로 된 집단입니다.</translation>
    </message>
</context>
<context>
    <name>PrometheusParser</name>
    <message>
        <location filename="../../models/feeds/prometheusparser.cpp" line="19"/>
        <source>Prometheus error %1: %2</source>
        <translation>Prometheus 오류 %1: %2</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusparser.cpp" line="20"/>
        <source>(no errorType)</source>
        <translation>(errorType 없음)</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusparser.cpp" line="24"/>
        <source>not a Prometheus API response: &quot;status&quot; is %1, expected &quot;success&quot; or &quot;error&quot;</source>
        <translation>Prometheus API 응답이 아닙니다: &quot;status&quot;가 %1입니다. &quot;success&quot; 또는 &quot;error&quot;여야 합니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusparser.cpp" line="31"/>
        <source>Prometheus resultType %1 has no series; expected &quot;matrix&quot; (query_range) or &quot;vector&quot; (query)</source>
        <translation>Prometheus resultType %1에는 시계열이 없습니다. &quot;matrix&quot;(query_range) 또는 &quot;vector&quot;(query)여야 합니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusparser.cpp" line="36"/>
        <source>&quot;data.result&quot; must be an array of series, got %1</source>
        <translation>&quot;data.result&quot;는 시계열 배열이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation type="vanished">%1 (바이트 %2): %3</translation>
    </message>
</context>
<context>
    <name>PrometheusSeriesReader</name>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="49"/>
        <source>expected a series object, got %1</source>
        <translation>시계열 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="63"/>
        <source>no service: none of the labels %1 has a value the service mapping knows, and the mapping takes mapped names only</source>
        <translation>서비스 없음: 레이블 %1 중 서비스 매핑이 아는 값이 없고, 매핑은 매핑된 이름만 받습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="73"/>
        <source>&quot;values&quot; must be an array of [time, value] pairs, got %1</source>
        <translation>&quot;values&quot;는 [시각, 값] 쌍의 배열이어야 하는데 %1입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="94"/>
        <source>none of the %n values (%1) is an availability ratio between 0 and 1, and no scale is declared. Declare what the values are: &quot;scale&quot;: &quot;percent&quot; or &quot;probe&quot; for the source in sources.json, or import --scale percent|probe. Values that are no availability at all (go_goroutines, request counts) need another query, such as avg_over_time(up[5m]).</source>
        <translation>
            <numerusform>값 %n개(%1) 중 0과 1 사이의 가용성 비율은 하나도 없고, 선언된 척도도 없습니다. 값이 무엇인지 선언하세요: sources.json의 소스에 &quot;scale&quot;: &quot;percent&quot; 또는 &quot;probe&quot;, 또는 import --scale percent|probe. 가용성이 전혀 아닌 값(go_goroutines, 요청 수)에는 avg_over_time(up[5m]) 같은 다른 쿼리가 필요합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="100"/>
        <source>none of the %n values (%1) fits the declared scale %2; a query of an availability on that scale, or the scale the values are on, is needed.</source>
        <translation>
            <numerusform>값 %n개(%1) 중 선언된 척도 %2에 맞는 값이 없습니다. 그 척도의 가용성 쿼리나, 값에 맞는 척도가 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="150"/>
        <source>percent (0..100)</source>
        <translation>퍼센트 (0..100)</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="152"/>
        <source>probe (0 or 1)</source>
        <translation>프로브 (0 또는 1)</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="157"/>
        <source>ratio (0..1)</source>
        <translation>비율 (0..1)</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="165"/>
        <source>expected a [time, value] pair, got %1</source>
        <translation>[시각, 값] 쌍이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="170"/>
        <source>time must be Unix seconds between 1973 and 2200, got %1</source>
        <translation>시각은 1973년과 2200년 사이의 유닉스 초여야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="178"/>
        <source>value must be a number as a string (&quot;0.5&quot;), got %1</source>
        <translation>값은 문자열로 된 숫자(&quot;0.5&quot;)여야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="181"/>
        <source>value %1 is not a finite number: no availability can be read from NaN or Inf</source>
        <translation>값 %1은(는) 유한한 수가 아닙니다: NaN이나 Inf에서는 가용성을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="191"/>
        <source>; if the values are percentages, declare &quot;scale&quot;: &quot;percent&quot; (import --scale percent)</source>
        <translation>; 값이 퍼센트라면 &quot;scale&quot;: &quot;percent&quot;를 선언하세요 (import --scale percent)</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="194"/>
        <source>value %1 of series %2 at %3 is outside the %4 scale %5%6</source>
        <translation>시계열 %2의 %3 시점 값 %1이(가) %4 척도 %5 밖에 있습니다%6</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="196"/>
        <source>default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../models/feeds/prometheusseriesreader.cpp" line="196"/>
        <source>declared</source>
        <translation>선언된</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../ui/windowactions.cpp" line="210"/>
        <source>Availability each reported state counts as in this database (0 = everyone affected, 1 = nobody); unknown=last keeps the last known value:</source>
        <translation>이 데이터베이스에서 보고된 상태마다 적용하는 가용성(0 = 모두 영향, 1 = 영향 없음). unknown=last는 마지막으로 알려진 값을 유지합니다:</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message numerus="yes">
        <location filename="../../models/domain/recordfields.cpp" line="27"/>
        <source>(%n more characters)</source>
        <translation>
            <numerusform>(%n자 더 있음)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="123"/>
        <source>%1 must be a string, got %2</source>
        <translation>%1은(는) 문자열이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="207"/>
        <source>%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, as numeric times do, got %2</source>
        <translation>%1은(는) 숫자 시각과 같이 1973-03-03T09:46:40Z와 2200-01-01T00:00:00Z 사이여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="209"/>
        <source>%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, got %2</source>
        <translation>%1은(는) 1973-03-03T09:46:40Z와 2200-01-01T00:00:00Z 사이여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="214"/>
        <source>%1 is not an RFC 3339 time with an offset, got %2</source>
        <translation>%1이(가) 오프셋이 있는 RFC 3339 시각이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="249"/>
        <source>%1 must be an array or null, got %2</source>
        <translation>%1은(는) 배열이나 null이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="257"/>
        <source>%1 must be an object, got %2</source>
        <translation>%1은(는) 객체여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/domain/recordfields.cpp" line="270"/>
        <source>missing required field %1</source>
        <translation>필수 필드 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>RecoveryChart</name>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="93"/>
        <source>Time (%1)</source>
        <translation>시각 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="136"/>
        <source>Share of users affected by service</source>
        <translation>서비스별 영향받은 사용자 비율</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="137"/>
        <source>People affected by service</source>
        <translation>서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="103"/>
        <source>Millions of people</source>
        <translation>인원 (백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="69"/>
        <source>% of users</source>
        <translation>사용자 %</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="70"/>
        <source>Share of users affected (%)</source>
        <translation>영향받은 사용자 비율(%)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="100"/>
        <source>M people</source>
        <translation>백만 명</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="101"/>
        <source>k people</source>
        <translation>천 명</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="102"/>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="104"/>
        <source>Thousands of people</source>
        <translation>인원 (천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="105"/>
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="204"/>
        <source>%1 (%)</source>
        <comment>a service drawn in percent</comment>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/impactlinesitem.cpp" line="72"/>
        <source>Shaded: the range derived figures may take</source>
        <translation>음영: 추정 수치가 가질 수 있는 범위</translation>
    </message>
</context>
<context>
    <name>RecoveryChartView</name>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="72"/>
        <source>Recovery chart: people affected by service over time</source>
        <translation>복구 차트: 시간에 따른 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="73"/>
        <source>Scroll to zoom at the pointer, drag to pan; + and − zoom, arrow keys pan, 0 or Esc shows the whole incident. Keys 1 to 9, or a click on the legend, hide and show a service.</source>
        <translation>스크롤하면 포인터 위치에서 확대/축소, 끌면 이동합니다. + 와 − 는 확대/축소, 화살표 키는 이동, 0 또는 Esc는 장애 전체를 보여 줍니다. 1~9 키나 범례 클릭으로 서비스를 숨기고 다시 보입니다.</translation>
    </message>
    <message>
        <source>Scroll to zoom at the pointer, drag to pan; + and − zoom, arrow keys pan, 0 or Esc shows the whole incident.</source>
        <translation type="vanished">스크롤로 포인터 위치 확대/축소, 드래그로 이동. +와 −로 확대/축소, 화살표 키로 이동, 0 또는 Esc로 장애 전체 보기.</translation>
    </message>
    <message>
        <source>Scroll to zoom at the pointer, drag to pan; + − ← → keys; 0 or Esc shows the whole incident.</source>
        <translation type="vanished">스크롤로 포인터 위치 확대/축소, 드래그로 이동. + − ← → 키 사용, 0 또는 Esc로 장애 전체 보기.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartviewoverlay.cpp" line="198"/>
        <source>Scroll to zoom at the pointer, drag to pan; + − ← → keys; 0 or Esc shows the whole incident. Click a legend entry (or press 1–9) to hide or show a service.</source>
        <translation>스크롤하면 포인터 위치에서 확대/축소, 끌면 이동합니다. + − ← → 키도 됩니다. 0 또는 Esc는 장애 전체를 보여 줍니다. 범례 항목을 클릭하거나 1–9를 누르면 서비스를 숨기거나 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartviewoverlay.cpp" line="206"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
</context>
<context>
    <name>RejectModel</name>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="50"/>
        <source>line %1, byte %2</source>
        <translation>%1행, %2바이트</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="50"/>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="73"/>
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="75"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="77"/>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="79"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="81"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/rejectmodel.cpp" line="83"/>
        <source>What was sent</source>
        <translation>보낸 내용</translation>
    </message>
</context>
<context>
    <name>RejectsDialog</name>
    <message>
        <location filename="../../ui/dialogs/rejectsdialog.cpp" line="17"/>
        <location filename="../../ui/dialogs/rejectsdialog.cpp" line="23"/>
        <source>Rejected records</source>
        <translation>거부된 레코드</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rejectsdialog.cpp" line="27"/>
        <source>What sources sent that could not be taken (newest first, up to 1,000). Nothing here was stored; fix the source and send it again.</source>
        <translation>소스가 보냈지만 받아들이지 못한 내용(최신순, 최대 1,000건). 여기 있는 것은 저장되지 않았습니다. 소스를 고친 뒤 다시 보내세요.</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Previous milestone (Ctrl+Left)</source>
        <translation type="vanished">이전 마일스톤(Ctrl+←)</translation>
    </message>
    <message>
        <source>Previous milestone</source>
        <translation type="vanished">이전 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="34"/>
        <location filename="../../ui/replaybar.cpp" line="90"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Next milestone (Ctrl+Right)</source>
        <translation type="vanished">다음 마일스톤(Ctrl+→)</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation type="vanished">다음 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="27"/>
        <source>Previous event or milestone (Ctrl+Left)</source>
        <translation>이전 이벤트 또는 마일스톤 (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="28"/>
        <source>Previous event or milestone</source>
        <translation>이전 이벤트 또는 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="40"/>
        <source>Next event or milestone (Ctrl+Right)</source>
        <translation>다음 이벤트 또는 마일스톤 (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="41"/>
        <source>Next event or milestone</source>
        <translation>다음 이벤트 또는 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="46"/>
        <source>1×</source>
        <translation>1배</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="47"/>
        <source>60× (a minute a second)</source>
        <translation>60배(1초에 1분)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="48"/>
        <source>3600× (an hour a second)</source>
        <translation>3600배(1초에 1시간)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="49"/>
        <source>Replay speed: incident time per second of wall-clock time</source>
        <translation>재생 속도: 실제 1초당 장애 시간</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="50"/>
        <source>Replay speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="55"/>
        <source>Replay time</source>
        <translation>재생 시각</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="56"/>
        <source>Where the replay is, in the incident&apos;s time zone</source>
        <translation>재생 위치(장애의 시간대 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="59"/>
        <source>Replay:</source>
        <translation>재생:</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="89"/>
        <source>Pause the replay (Space)</source>
        <translation>재생 일시 정지(Space)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="89"/>
        <source>Play through the incident (Space)</source>
        <translation>장애 전체 재생(Space)</translation>
    </message>
    <message>
        <location filename="../../ui/replaybar.cpp" line="90"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="34"/>
        <source>Postmortem report</source>
        <translation>사후 분석 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="36"/>
        <source>Postmortem report: print preview</source>
        <translation>사후 분석 보고서: 인쇄 미리보기</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="39"/>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="42"/>
        <source>Write the report to a PDF file</source>
        <translation>보고서를 PDF 파일로 씁니다</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="64"/>
        <location filename="../../ui/report/reportpreview.cpp" line="72"/>
        <source>Save report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpreview.cpp" line="72"/>
        <source>The report could not be written: %1</source>
        <translation>보고서를 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ReportRegulation</name>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="12"/>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="27"/>
        <source>to be entered</source>
        <translation>입력 필요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="21"/>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="23"/>
        <source>not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="25"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="56"/>
        <source>open</source>
        <translation>제출 대기</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="58"/>
        <source>OVERDUE</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="60"/>
        <source>sent in time</source>
        <translation>기한 내 제출</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="62"/>
        <source>sent late</source>
        <translation>기한 후 제출</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="71"/>
        <source>the acknowledgement in the communication lane</source>
        <translation>소통 레인의 인지 시점</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="73"/>
        <source>the first evidence in the communication lane (no acknowledgement recorded)</source>
        <translation>소통 레인의 첫 징후 (인지 기록 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="76"/>
        <source>the incident&apos;s detected time</source>
        <translation>장애 탐지 시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="78"/>
        <source>the incident&apos;s start (no detection or acknowledgement recorded)</source>
        <translation>장애 시작 (탐지·인지 기록 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="83"/>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="90"/>
        <source>the first public update in the communication lane</source>
        <translation>소통 레인의 첫 공개 업데이트</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatoryformat.cpp" line="94"/>
        <source>no public update recorded</source>
        <translation>공개 업데이트 기록 없음</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../../ui/report/reportpagewriter.cpp" line="111"/>
        <source>page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportpagewriter.cpp" line="112"/>
        <source>page %1</source>
        <translation>%1 페이지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrenderer.cpp" line="41"/>
        <location filename="../../ui/report/reportrenderer.cpp" line="54"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>보고서를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrenderer.cpp" line="50"/>
        <source>Cannot draw the report into %1.</source>
        <translation>보고서를 %1에 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Postmortem report</source>
        <translation type="vanished">포스트모템 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrenderer.cpp" line="74"/>
        <source>Generated %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrenderer.cpp" line="75"/>
        <source>Generated %1 by %2</source>
        <translation>생성: %1, 작성자: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="81"/>
        <location filename="../../ui/report/reportrenderer.cpp" line="103"/>
        <location filename="../../ui/report/reportscenariosection.cpp" line="53"/>
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="31"/>
        <source>POSTMORTEM REPORT</source>
        <translation>포스트모템 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="88"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="37"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="52"/>
        <source>severity %1</source>
        <translation>심각도 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="23"/>
        <source>DORA: is the incident major?</source>
        <translation>DORA: 중대한 사고에 해당합니까?</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="24"/>
        <source>Delegated Regulation (EU) 2024/1772, Art. 8: major when the incident affects critical services and meets two or more materiality thresholds of Art. 9. The data tests the clients and the duration and downtime thresholds; the others, and whether the services are critical, are to be entered.</source>
        <translation>위임규정 (EU) 2024/1772 제8조: 사고가 핵심 서비스에 영향을 주고 제9조의 중요성 임계값을 둘 이상 충족하면 중대한 사고입니다. 데이터로는 고객, 지속 시간 및 중단 시간 임계값을 판정하며, 나머지 임계값과 서비스의 핵심 여부는 입력이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="31"/>
        <source>Verdict: major incident if the affected services are critical (to be entered): two materiality thresholds are met on the data.</source>
        <translation>판정: 영향받은 서비스가 핵심 서비스이면(입력 필요) 중대한 사고입니다. 데이터상 중요성 임계값 2개를 충족합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="35"/>
        <source>Verdict: one materiality threshold is met on the data. Major only if another one (to be entered) is met and the services are critical.</source>
        <translation>판정: 데이터상 중요성 임계값 1개를 충족합니다. 다른 임계값 하나(입력 필요)를 더 충족하고 서비스가 핵심 서비스일 때만 중대한 사고입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="39"/>
        <source>Verdict: no materiality threshold is met on the data. Major only through the criteria to be entered.</source>
        <translation>판정: 데이터상 충족한 중요성 임계값이 없습니다. 입력할 기준을 통해서만 중대한 사고가 될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportregulatorysection.cpp" line="41"/>
        <source>The measured figures below are derived from the public record, not measured; &quot;Impact by service&quot; gives the ranges their sources leave open.</source>
        <translation>아래 측정값은 실제 측정이 아니라 공개 기록에서 추정한 값입니다. 출처상 가능한 범위는 &quot;서비스별 영향&quot;에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="48"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="51"/>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="49"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="52"/>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="50"/>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="52"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="89"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="55"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="62"/>
        <source>Critical services affected (Art. 6)</source>
        <translation>핵심 서비스 영향 (제6조)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="63"/>
        <source>supports critical or important functions, or authorised services</source>
        <translation>핵심 또는 중요 기능이나 인가 서비스를 지원</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="64"/>
        <source>Clients affected: share (Art. 9(1)(a))</source>
        <translation>영향받은 고객: 비율 (제9조(1)(a))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="64"/>
        <source>more than 10 % of the service&apos;s clients</source>
        <translation>서비스 고객의 10% 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="65"/>
        <location filename="../../ui/report/reportdorasection.cpp" line="68"/>
        <source>at the peak</source>
        <translation>최대 시점</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="66"/>
        <source>Clients affected: number (Art. 9(1)(b))</source>
        <translation>영향받은 고객: 수 (제9조(1)(b))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="66"/>
        <source>more than 100,000</source>
        <translation>100,000 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="67"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="74"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="59"/>
        <source>unknown: users not known</source>
        <translation>알 수 없음: 사용자 수 모름</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="70"/>
        <source>Duration of the incident (Art. 9(3))</source>
        <translation>사고 지속 시간 (제9조(3))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="70"/>
        <source>more than 24 h</source>
        <translation>24시간 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="72"/>
        <source>start to resolution</source>
        <translation>시작부터 해결까지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="72"/>
        <source>start to the end of the data; still open</source>
        <translation>시작부터 데이터 끝까지. 아직 진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="74"/>
        <source>Service downtime (Art. 9(3))</source>
        <translation>서비스 중단 시간 (제9조(3))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="74"/>
        <source>more than 2 h, fully or partly unavailable</source>
        <translation>2시간 초과 전체 또는 부분 이용 불가</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="76"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="62"/>
        <source>from %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="79"/>
        <source>Reputational impact (Art. 9(2))</source>
        <translation>평판 영향 (제9조(2))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="79"/>
        <source>media, complaints, regulatory attention</source>
        <translation>언론 보도, 민원, 규제 당국의 관심</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="80"/>
        <source>Geographical spread (Art. 9(4))</source>
        <translation>지리적 확산 (제9조(4))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="80"/>
        <source>two or more Member States</source>
        <translation>2개 이상 회원국</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="81"/>
        <source>Data losses (Art. 9(5))</source>
        <translation>데이터 손실 (제9조(5))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="81"/>
        <source>availability, authenticity, integrity or confidentiality</source>
        <translation>가용성, 진정성, 무결성 또는 기밀성</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="82"/>
        <source>Economic impact (Art. 9(6))</source>
        <translation>경제적 영향 (제9조(6))</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="82"/>
        <source>more than EUR 100,000</source>
        <translation>EUR 100,000 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="86"/>
        <source>Thresholds met on the data: %1 of the 2 it can test (clients; duration and downtime). Downtime counts the longest unbroken time a service was fully or partly unavailable; whether that service supports a critical function is to be entered. Sources: Delegated Regulation (EU) 2024/1772, Art. 8 and 9 (springlex.eu/packages/dora/rts-ic-regulation/article-9; dora-info.eu/rts-iic/article-8).</source>
        <translation>데이터상 충족한 임계값: 판정 가능한 2개(고객, 지속 시간 및 중단 시간) 중 %1개. 중단 시간은 서비스가 전체 또는 부분적으로 이용 불가했던 가장 긴 연속 시간이며, 그 서비스가 핵심 기능을 지원하는지는 입력이 필요합니다. 출처: 위임규정 (EU) 2024/1772 제8조 및 제9조 (springlex.eu/packages/dora/rts-ic-regulation/article-9; dora-info.eu/rts-iic/article-8).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="95"/>
        <source>DORA: times</source>
        <translation>DORA: 시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="97"/>
        <source>Moment</source>
        <translation>시점</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="98"/>
        <source>Taken from</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="104"/>
        <source>Occurred</source>
        <translation>발생</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="104"/>
        <source>the incident&apos;s start</source>
        <translation>장애 시작</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="105"/>
        <source>Detected (aware)</source>
        <translation>탐지 (인지)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="106"/>
        <source>Classified as major</source>
        <translation>중대 사고로 분류</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="107"/>
        <source>Recovered (every service back)</source>
        <translation>복구 (모든 서비스 정상화)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="109"/>
        <source>full recovery: no one affected to the end of the data</source>
        <translation>완전 복구: 데이터 끝까지 영향 인원 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="114"/>
        <source>DORA: reports due</source>
        <translation>DORA: 보고 기한</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="118"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="109"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="118"/>
        <source>Due at the latest</source>
        <translation>최종 기한</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="119"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="111"/>
        <source>Counted from</source>
        <translation>기산 시점</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="119"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="112"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="121"/>
        <source>Initial notification</source>
        <translation>초기 통지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="122"/>
        <source>24 h after awareness; 4 h after classification if that comes sooner (classification time to be entered)</source>
        <translation>인지 후 24시간. 분류 후 4시간이 더 이르면 그 시각(분류 시각 입력 필요)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="124"/>
        <source>Intermediate report</source>
        <translation>중간 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="124"/>
        <source>72 h after the initial notification&apos;s latest due time</source>
        <translation>초기 통지 최종 기한 후 72시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="125"/>
        <source>Final report</source>
        <translation>최종 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="125"/>
        <source>1 month after the intermediate report&apos;s latest due time</source>
        <translation>중간 보고서 최종 기한 후 1개월</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="130"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="123"/>
        <source>no submission recorded</source>
        <translation>제출 기록 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="134"/>
        <source>Awareness: %1, taken from %2. State as at %3, when this report was generated. A month is the same wall-clock time one calendar month later in %4. Source: Delegated Regulation (EU) 2025/301, Art. 5, as summarised by the EBA (eba.europa.eu, joint technical standards on major incident reporting).</source>
        <translation>인지: %1 (근거: %2). 상태는 이 보고서를 생성한 %3 기준입니다. 1개월은 %4 기준으로 한 달 뒤 같은 시각입니다. 출처: 위임규정 (EU) 2025/301 제5조, EBA 요약 (eba.europa.eu, 중대 사고 보고에 관한 공동 기술 표준).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="144"/>
        <source>DORA: recurring incidents</source>
        <translation>DORA: 반복 사고</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="148"/>
        <source>Incidents that individually are not major count as one major incident when they occur at least twice within 6 months with the same apparent root cause (Art. 8(2)). The timeline holds no causes: these are the store&apos;s incidents of the 6 months before this one that touch one of its services.</source>
        <translation>개별적으로는 중대하지 않은 사고라도 6개월 내에 근본 원인이 같아 보이는 사고가 2회 이상 발생하면 하나의 중대한 사고로 봅니다(제8조(2)). 타임라인에는 원인 정보가 없으므로, 아래는 저장소에 있는 이 장애 이전 6개월간의 장애 중 이 장애의 서비스와 관련된 것입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="154"/>
        <source>None in the store.</source>
        <translation>저장소에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="157"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="53"/>
        <source>Incident</source>
        <translation>인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="158"/>
        <source>Shared services</source>
        <translation>공통 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="158"/>
        <source>Same apparent root cause?</source>
        <translation>근본 원인 동일 여부</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="172"/>
        <source>DORA: to be entered</source>
        <translation>DORA: 입력 필요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="174"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="154"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="136"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="174"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="89"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="154"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="136"/>
        <source>Value</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="175"/>
        <source>Financial entity, LEI and contact person</source>
        <translation>금융기관, LEI 및 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="175"/>
        <source>How the incident was discovered</source>
        <translation>사고 발견 경위</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="176"/>
        <source>Business continuity plan activated?</source>
        <translation>업무 연속성 계획 발동 여부</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="176"/>
        <source>Member States affected</source>
        <translation>영향받은 회원국</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="177"/>
        <source>Affected functions, processes and components</source>
        <translation>영향받은 기능, 프로세스 및 구성 요소</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="177"/>
        <source>Root causes</source>
        <translation>근본 원인</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="177"/>
        <source>How it was resolved</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="178"/>
        <source>Direct and indirect costs and losses</source>
        <translation>직간접 비용 및 손실</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="56"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="59"/>
        <source>Window</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="29"/>
        <source>Key chronology</source>
        <translation>주요 경과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="30"/>
        <source>In the shape of MSIT&apos;s investigation of the Pangyo data-centre fire (6 Dec 2022). The actor is the service&apos;s group in the catalogue (its operator) where one is set, else the service itself.</source>
        <translation>과기정통부의 판교 데이터센터 화재 조사(2022년 12월 6일) 형식을 따릅니다. 주체는 카탈로그에 설정된 서비스 그룹(운영사)이며, 없으면 서비스 자체입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="35"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="64"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="122"/>
        <source>Actor</source>
        <translation>주체</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="35"/>
        <source>Event</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="40"/>
        <source>Incident began: %1</source>
        <translation>장애 시작: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="43"/>
        <source>%1: users first affected</source>
        <translation>%1: 이용자 영향 시작</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="46"/>
        <source>%1: normal again (no user affected)</source>
        <translation>%1: 정상화 (영향 이용자 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="56"/>
        <source>whole incident</source>
        <translation>장애 전체</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="62"/>
        <source>Duration and users affected per service</source>
        <translation>서비스별 장애 시간 및 영향 이용자</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="65"/>
        <source>Interrupted from</source>
        <translation>중단 시작</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="65"/>
        <source>Normal again</source>
        <translation>정상화</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="66"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="57"/>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="66"/>
        <source>Peak share of users affected</source>
        <translation>최대 영향 이용자 비율</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="67"/>
        <source>Users affected at the peak</source>
        <translation>최대 시점 영향 이용자</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="71"/>
        <source>not in the data</source>
        <translation>데이터에 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="77"/>
        <source>Users affected: the service&apos;s users × (1 − its availability, dependencies included), at its worst moment. Normal again: from when no user was affected to the end of the data.</source>
        <translation>영향 이용자: 가장 나쁜 시점의 서비스 이용자 수 × (1 − 가용성, 의존성 포함). 정상화: 그 시점부터 데이터 끝까지 영향 이용자가 없음.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="81"/>
        <source>The figures are derived from the public record, not measured; &quot;Impact by service&quot; gives the ranges their sources leave open.</source>
        <translation>수치는 측정값이 아니라 공개 기록에서 추정한 값입니다. 출처상 가능한 범위는 &quot;서비스별 영향&quot;에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="86"/>
        <source>User notice of an interruption of 2 h or more</source>
        <translation>2시간 이상 중단 시 이용자 고지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="89"/>
        <source>Check</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="91"/>
        <source>Longest interruption of a service</source>
        <translation>서비스 최장 중단 시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="92"/>
        <source>notice required</source>
        <translation>고지 필요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="92"/>
        <source>no notice required</source>
        <translation>고지 불필요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="94"/>
        <source>Interruption began</source>
        <translation>중단 시작</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="97"/>
        <source>First notice to users</source>
        <translation>첫 이용자 고지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="103"/>
        <source>yes, within 2 h</source>
        <translation>예, 2시간 이내</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="104"/>
        <source>NO, later than 2 h</source>
        <translation>아니요, 2시간 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="107"/>
        <source>Users told within 2 h of the start?</source>
        <translation>시작 후 2시간 이내 이용자 고지 여부</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="108"/>
        <source>%1 after the start</source>
        <translation>시작 후 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="113"/>
        <source>Since 2025 the Telecommunications Business Act decree requires providers with revenue of ₩10 bn or more and 1 million users or more to tell users of an interruption of 2 h or more, without delay: the fact, the cause and the response (kimchang.com insights 31812; korea.kr via findnews.kr). The 2 h from the start is this report&apos;s yardstick for &quot;without delay&quot;.</source>
        <translation>2025년부터 전기통신사업법 시행령에 따라 매출액 100억 원 이상, 이용자 100만 명 이상인 사업자는 2시간 이상 서비스가 중단되면 그 사실, 원인 및 대응 조치를 이용자에게 지체 없이 고지해야 합니다(kimchang.com insights 31812; korea.kr via findnews.kr). 이 보고서는 시작 후 2시간을 &quot;지체 없이&quot;의 기준으로 삼습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="120"/>
        <source>Cause per actor</source>
        <translation>주체별 원인</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="122"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="130"/>
        <source>Corrective items</source>
        <translation>시정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="134"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="134"/>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="135"/>
        <source>Plan due (1 month)</source>
        <translation>계획 기한 (1개월)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="135"/>
        <source>Results due (3 months)</source>
        <translation>결과 기한 (3개월)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="137"/>
        <source>Testing before changes</source>
        <translation>변경 전 테스트</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="137"/>
        <source>Control of operations work</source>
        <translation>운영 작업 통제</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="137"/>
        <source>Disaster-response manuals and drills</source>
        <translation>재난 대응 매뉴얼 및 훈련</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="138"/>
        <source>Monitoring and detection</source>
        <translation>모니터링 및 탐지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="138"/>
        <source>Follow-up of the root cause</source>
        <translation>근본 원인 후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="138"/>
        <source>Notice to users</source>
        <translation>이용자 고지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="143"/>
        <source>The six items of MSIT&apos;s corrective demand of 31 May 2024 (etoday.co.kr 2365690; techm.kr 125444); the 6 Dec 2022 investigation asked each operator for an improvement plan within 1 month (ktcb.ktab.kr, notice 2099). Due dates counted from %1 (%2); the date of the ministry&apos;s demand is to be entered, and the dates recounted from it.</source>
        <translation>2024년 5월 31일 과기정통부 시정 요구의 6개 항목입니다(etoday.co.kr 2365690; techm.kr 125444). 2022년 12월 6일 조사에서는 각 사업자에게 1개월 내 개선 계획을 요구했습니다(ktcb.ktab.kr, notice 2099). 기한은 %1(%2)부터 계산했으며, 과기정통부의 요구 일자를 입력하고 그 날짜부터 기한을 다시 계산해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="148"/>
        <source>the incident&apos;s resolution</source>
        <translation>장애 해결</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="148"/>
        <source>the report&apos;s generation</source>
        <translation>보고서 생성</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="152"/>
        <source>User protection</source>
        <translation>이용자 보호</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="156"/>
        <source>Damage reports received</source>
        <translation>피해 신고 접수</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="156"/>
        <source>Compensation paid and its criteria</source>
        <translation>보상 지급액 및 기준</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmsitsection.cpp" line="156"/>
        <source>Contact for users</source>
        <translation>이용자 문의처</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="60"/>
        <source>%1 – not resolved</source>
        <translation>%1 – 미해결</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="67"/>
        <source>%1 (sources: %2 – %3)</source>
        <translation>%1 (출처상 %2 – %3)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="157"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="72"/>
        <source>Began</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="74"/>
        <source>Detected</source>
        <translation>탐지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="76"/>
        <source>Mitigated</source>
        <translation>완화</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdorasection.cpp" line="110"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="78"/>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="79"/>
        <source>Figures over</source>
        <translation>집계 기간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="80"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="91"/>
        <source>%1, listed in the appendix on page %2</source>
        <translation>%1, %2쪽 부록에 목록이 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="92"/>
        <source>%1, listed in the appendix</source>
        <translation>%1, 부록에 목록이 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="33"/>
        <source>How sure are these figures</source>
        <translation>이 수치는 얼마나 확실한가</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="41"/>
        <source>Derived, not measured: %1. These figures are worked out from reported events and stated assumptions (or depend on a service whose figures are); they are printed with ≈ and the range their sources leave open.</source>
        <translation>측정이 아닌 추정: %1. 이 수치는 보도된 사건과 밝힌 가정으로부터(또는 그런 수치를 가진 서비스에 의존하여) 계산한 것이며, ≈와 출처가 열어 둔 범위와 함께 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="46"/>
        <source>Measured: %1. These figures come from availability samples and reported states as sent, and are printed exactly.</source>
        <translation>측정: %1. 이 수치는 받은 그대로의 가용성 샘플과 보고된 상태에서 나오며, 정확한 값으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="49"/>
        <source>A range widens where a source gives an earliest and a latest time for a change, or a low and a high value, and where sources report different states at the same time; it is carried through dependencies to the people affected and the people-hours.</source>
        <translation>출처가 변화의 가장 이른 시각과 가장 늦은 시각, 또는 낮은 값과 높은 값을 줄 때, 그리고 같은 시각에 출처마다 다른 상태를 보고할 때 범위가 넓어집니다. 범위는 의존 관계를 거쳐 영향 인원과 인시까지 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="58"/>
        <source>Audience</source>
        <translation>이용자 집단</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="59"/>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="60"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="61"/>
        <source>Where the size comes from</source>
        <translation>크기의 출처</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="68"/>
        <source>No audience given: the service&apos;s own users.</source>
        <translation>이용자 집단 없음: 서비스 자체의 이용자.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="69"/>
        <source>Declared %1, raised to its largest service&apos;s users. </source>
        <translation>선언된 값 %1, 가장 큰 서비스의 이용자 수로 올림. </translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="77"/>
        <source>Within an audience the figure never exceeds its people; audiences add up.</source>
        <translation>한 이용자 집단 안의 수치는 그 인원을 넘지 않으며, 집단끼리는 더합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="84"/>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="85"/>
        <source>Central</source>
        <translation>중심값</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="86"/>
        <source>Lowest</source>
        <translation>최저</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="87"/>
        <source>Highest</source>
        <translation>최고</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="88"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="90"/>
        <source>measured</source>
        <translation>측정</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="100"/>
        <source>People affected at the peak, each once</source>
        <translation>정점의 영향 인원(한 사람은 한 번)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="102"/>
        <source>People-hours lost, each person once</source>
        <translation>손실 인시(한 사람은 한 번)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="104"/>
        <source>Service-users at the peak (sum)</source>
        <translation>정점의 서비스 이용자(합계)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="105"/>
        <source>Service-user-hours (sum)</source>
        <translation>서비스 이용자 인시(합계)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="110"/>
        <source>%1: peak affected</source>
        <translation>%1: 최대 영향</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="112"/>
        <source>%1: people-hours</source>
        <translation>%1: 인시</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="114"/>
        <source>Lowest: every open time and value at its best and the overlap nested; highest: at its worst and the overlap disjoint (capped at each audience&apos;s size).</source>
        <translation>최저: 열린 시각과 값을 모두 가장 좋게, 겹침은 포함 모델로. 최고: 가장 나쁘게, 겹침은 서로소 모델로(각 집단의 크기를 넘지 않음).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="122"/>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="123"/>
        <source>Placed at</source>
        <translation>둔 시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="124"/>
        <source>The sources allow</source>
        <translation>출처가 허용하는 범위</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="125"/>
        <location filename="../../ui/report/reportrejectssection.cpp" line="60"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="93"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="134"/>
        <source>Incident began</source>
        <translation>장애 시작</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="136"/>
        <source>Incident detected</source>
        <translation>장애 감지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="138"/>
        <source>Incident mitigated</source>
        <translation>장애 완화</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="140"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="49"/>
        <source>Incident resolved</source>
        <translation>장애 해결</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="148"/>
        <source>%1 becomes %2</source>
        <translation>%1: %2(으)로 바뀜</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="159"/>
        <source>availability %1–%2</source>
        <translation>가용성 %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="162"/>
        <source>%1 at availability %2</source>
        <translation>%1 가용성 %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="170"/>
        <source>No record of this incident leaves a time or a value open.</source>
        <translation>이 장애에는 시각이나 값이 열려 있는 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="173"/>
        <source>Where the sources leave a time or a value open:</source>
        <translation>출처가 시각이나 값을 열어 둔 곳:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="174"/>
        <source>Times in %1. The figures use the time and value under &quot;Placed at&quot;; the range takes in everything the sources allow.</source>
        <translation>시각은 %1 기준. 수치는 &quot;둔 시각&quot;의 시각과 값을 쓰며, 범위는 출처가 허용하는 모든 경우를 포함합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="186"/>
        <source>Data quality: sources that disagree</source>
        <translation>데이터 품질: 서로 다른 출처</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="187"/>
        <source>Where two sources report different states for a service at the same time, the figures follow one of them, as said below, and the range takes in every report. The state timeline hatches these stretches.</source>
        <translation>두 출처가 같은 시각에 한 서비스의 상태를 다르게 보고하면, 수치는 아래에 적은 대로 그중 하나를 따르고 범위는 모든 보고를 포함합니다. 상태 타임라인에는 이 구간이 빗금으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="194"/>
        <source>From – until</source>
        <translation>시작 – 끝</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="195"/>
        <source>What each source says</source>
        <translation>출처별 보고</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="196"/>
        <source>What the figures follow, and why</source>
        <translation>수치가 따른 것과 그 이유</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="202"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="vanished">데이터 소스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="95"/>
        <source>Generated at</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="97"/>
        <source>Generated by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttitlesection.cpp" line="102"/>
        <source>Demo dataset: derived curves. The figures are reconstructed from the public record and the stated assumptions, not measured.</source>
        <translation>데모 데이터 세트: 추정 곡선. 수치는 측정값이 아니라 공개 기록과 명시된 가정을 바탕으로 재구성한 것입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="87"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="107"/>
        <source>What happened</source>
        <translation>발생 경위</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="41"/>
        <source>Impact by service</source>
        <translation>서비스별 영향</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="44"/>
        <source>there are no services in the window</source>
        <translation>해당 기간에 서비스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="45"/>
        <source>The figures could not be computed: %1</source>
        <translation>수치를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="61"/>
        <source>People affected at the peak</source>
        <translation>정점의 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="96"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="62"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="64"/>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="69"/>
        <source>No service in the window has a user count, so how many people were affected is not known; each service&apos;s share of its users affected is below. User counts are set in the window: Services ▸ Edit….</source>
        <translation>기간 안의 어떤 서비스에도 사용자 수가 없어 영향받은 인원은 알 수 없습니다. 각 서비스에서 영향받은 사용자 비율은 아래에 있습니다. 사용자 수는 창의 서비스 ▸ 편집…에서 정합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="72"/>
        <source>Each person is counted once, however many services failed them (%1 overlap within an audience, see &quot;How sure are these figures&quot;). Counted once per service, %2 service-users were affected at the peak and %3 service-user-hours lost.</source>
        <translation>한 사람은 몇 개의 서비스에서 장애를 겪었든 한 번만 셉니다(이용자 집단 안의 겹침 모델: %1, &quot;이 수치는 얼마나 확실한가&quot; 참조). 서비스마다 한 번씩 세면 정점에 서비스 이용자 %2명이 영향을 받았고 서비스 이용자 인시 %3이 손실되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="80"/>
        <source>People figures cover %1 of %2 services; the others have no user count (their shares are below).</source>
        <translation>인원 수치는 서비스 %2개 중 %1개를 포함합니다. 나머지는 사용자 수가 없습니다(그 비율은 아래에 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="111"/>
        <source>All services, each person once</source>
        <translation>전체 서비스(한 사람은 한 번)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="118"/>
        <source>Service-users (sum over services)</source>
        <translation>서비스 이용자(서비스별 합계)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="123"/>
        <source>Durations from %1; %2: not reached in the window. ≈: derived from the record, with the range its sources leave open in brackets; exact figures are listed under &quot;How sure are these figures&quot;. The sum over services counts a person using several in each.</source>
        <translation>기간은 %1부터; %2: 기간 안에 도달하지 않음. ≈: 기록에서 추정한 값이며, 출처가 열어 둔 범위를 아래 또는 괄호에 적었습니다. 정확한 수치는 &quot;이 수치는 얼마나 확실한가&quot;에 있습니다. 서비스별 합계는 여러 서비스를 쓰는 사람을 서비스마다 셉니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="143"/>
        <source>Service without a user count</source>
        <translation>사용자 수가 없는 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="144"/>
        <source>Highest share of users affected</source>
        <translation>영향받은 사용자 최고 비율</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="145"/>
        <source>Outage</source>
        <translation>장애 시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="146"/>
        <source>Service-hours of outage</source>
        <translation>장애 서비스-시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="161"/>
        <source>Share: the part of the service&apos;s users failed, through its dependencies too; outage: how long any share was failed in the window; service-hours: the share integrated over time (one hour fully down is 1.00).</source>
        <translation>비율: 의존성을 통한 것을 포함해 서비스 사용자 중 장애를 겪은 부분. 장애 시간: 기간 안에서 일부라도 장애가 있었던 시간. 서비스-시간: 비율을 시간에 대해 적분한 값(한 시간 전면 중단은 1.00).</translation>
    </message>
    <message>
        <source>Peak people affected (sum over services)</source>
        <translation type="vanished">최대 영향 인원 (서비스 합계)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="63"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="91"/>
        <source>People-hours lost</source>
        <translation>손실 인시</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="66"/>
        <source>Time to full recovery</source>
        <translation>완전 복구까지 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="193"/>
        <location filename="../../ui/report/reportdorasection.cpp" line="51"/>
        <location filename="../../ui/report/reportformat.cpp" line="69"/>
        <location filename="../../ui/report/reportmethodsection.cpp" line="32"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="64"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="54"/>
        <location filename="../../ui/report/reportscenariosection.cpp" line="44"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="88"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmethodsection.cpp" line="33"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="89"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="90"/>
        <source>Peak affected</source>
        <translation>최대 영향</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="92"/>
        <source>To first partial recovery</source>
        <translation>첫 부분 복구까지</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsummarysection.cpp" line="93"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="147"/>
        <source>To full recovery</source>
        <translation>완전 복구까지</translation>
    </message>
    <message>
        <source>Durations from %1; %2: not reached in the window. Totals add the services up, so a person using several is counted in each.</source>
        <translation type="vanished">기간은 %1부터. %2: 구간 안에 도달하지 않음. 합계는 서비스별 값을 더한 것이므로 여러 서비스를 쓰는 사람은 각각 집계됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="49"/>
        <location filename="../../ui/report/reportformat.cpp" line="59"/>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="40"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="30"/>
        <source>What if: %1</source>
        <translation>가정: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="34"/>
        <source>The scenario could not be computed: %1</source>
        <translation>시나리오를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="39"/>
        <source>With %1, %2 people-hours (%3 %) would have been saved.</source>
        <translation>%1이면 %2 인시(%3%)를 줄일 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="45"/>
        <source>People-hours recorded</source>
        <translation>기록된 인시</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="46"/>
        <source>With the scenario</source>
        <translation>시나리오 적용 시</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="47"/>
        <source>Saved</source>
        <translation>절감</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportscenariosection.cpp" line="56"/>
        <source>The same engine on the recorded data with the scenario&apos;s changes applied; the recorded data are unchanged.</source>
        <translation>기록된 데이터에 시나리오 변경을 적용해 같은 엔진으로 계산한 값입니다. 기록된 데이터는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="40"/>
        <location filename="../../ui/report/reportchartsection.cpp" line="30"/>
        <source>People affected over time</source>
        <translation>시간에 따른 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportchartsection.cpp" line="30"/>
        <source>Share of users affected over time</source>
        <translation>시간에 따른 영향받은 사용자 비율</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportchartsection.cpp" line="48"/>
        <location filename="../../ui/report/reportformat.cpp" line="47"/>
        <source>The chart needs a QApplication and was left out.</source>
        <translation>차트에는 QApplication이 필요하므로 생략했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmethodsection.cpp" line="26"/>
        <source>Counting method</source>
        <translation>집계 방식</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmethodsection.cpp" line="34"/>
        <source>Where the user count comes from</source>
        <translation>사용자 수 출처</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="73"/>
        <location filename="../../ui/report/reportmethodsection.cpp" line="38"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="105"/>
        <location filename="../../ui/report/reportsummarysection.cpp" line="103"/>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="27"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="55"/>
        <source>Services: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcertaintysection.cpp" line="90"/>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="58"/>
        <source>derived</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="71"/>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="73"/>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="79"/>
        <source>No updates or notes were recorded for this incident.</source>
        <translation>이 인시던트에 기록된 업데이트나 메모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="85"/>
        <source>Time (%1)</source>
        <translation>시각 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reporttimelinesection.cpp" line="86"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="70"/>
        <source>First partial recovery (%1)</source>
        <translation>첫 부분 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="72"/>
        <source>50 % recovered (%1)</source>
        <translation>50% 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="73"/>
        <source>90 % recovered (%1)</source>
        <translation>90% 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="74"/>
        <source>Full recovery (%1)</source>
        <translation>완전 복구(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportformat.cpp" line="82"/>
        <source>Clock times in %1 (%2); under each, the time since %3. Each milestone is the first time after the peak that people affected fell to half, a tenth, and zero for good; %4: not reached in the window.</source>
        <translation>시각은 %1(%2) 기준이며, 각 시각 아래는 %3 이후 경과 시간입니다. 각 마일스톤은 최대치 이후 영향 인원이 절반, 10분의 1, 그리고 완전히 0으로 처음 줄어든 시점입니다. %4: 구간 안에 도달하지 않음.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcontentssection.cpp" line="27"/>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="42"/>
        <source>Executive summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>At the peak, %1, %2 people were affected across %3 services.</source>
        <translation type="vanished">최대 시점인 %1에 서비스 %3개에 걸쳐 %2명이 영향을 받았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="96"/>
        <source>In all, %1 people-hours were lost.</source>
        <translation>모두 %1 인시가 손실되었습니다.</translation>
    </message>
    <message>
        <source>%1 lost the most: %2 people-hours (%3 % of the total).</source>
        <translation type="vanished">%1의 손실이 가장 컸습니다: %2 인시(전체의 %3%).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="93"/>
        <source>At the peak, %1, %2 people were affected by %3 services, each person counted once.</source>
        <translation>정점인 %1에 %3개 서비스로 영향을 받은 사람은 %2명이었습니다(한 사람은 한 번).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="97"/>
        <source>Counted once per service a person uses, that is %1 service-users at the peak and %2 service-user-hours.</source>
        <translation>한 사람을 쓰는 서비스마다 세면, 정점의 서비스 이용자 %1명, 서비스 이용자 인시 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="101"/>
        <source>The figures are derived, not measured: ≈ marks them, with the range their sources and the overlap of services leave open.</source>
        <translation>이 수치는 측정이 아닌 추정입니다: ≈로 표시하고, 출처와 서비스 간 겹침이 열어 둔 범위를 함께 적었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="108"/>
        <source>%1 lost the most: %2 people-hours (%3 % of the service-user-hours).</source>
        <translation>가장 많이 손실된 서비스는 %1입니다: %2 인시(서비스 이용자 인시의 %3 %).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="71"/>
        <source>Every service was fully back %1 after the start, at %2.</source>
        <translation>모든 서비스가 시작 후 %1, %2에 완전히 복구되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="55"/>
        <source>No service in the window has a user count, so how many people were affected is not known; the figures are each service&apos;s share of its users.</source>
        <translation>기간 안의 어떤 서비스에도 사용자 수가 없어 영향받은 인원은 알 수 없습니다. 수치는 각 서비스 사용자 중 영향받은 비율입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="62"/>
        <source>%1 was hit hardest: up to %2 % of its users, out for %3 (%4 service-hours of outage).</source>
        <translation>가장 큰 영향을 받은 서비스는 %1입니다: 사용자의 최대 %2%, 장애 시간 %3 (장애 서비스-시간 %4).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="75"/>
        <source>Not every service had fully recovered by the end of the window.</source>
        <translation>구간이 끝날 때까지 완전히 복구되지 않은 서비스가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="77"/>
        <source>90 % of the peak impact was gone after %1.</source>
        <translation>%1 후 최대 영향의 90%가 해소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportexecutivesection.cpp" line="114"/>
        <source>People figures cover %1 of %2 services; the others have no user count.</source>
        <translation>인원 수치는 서비스 %2개 중 %1개를 포함합니다. 나머지는 사용자 수가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportmilestonessection.cpp" line="27"/>
        <source>Recovery milestones</source>
        <translation>복구 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="41"/>
        <location filename="../../ui/report/reportstatetimelinesection.cpp" line="27"/>
        <source>Service states over time</source>
        <translation>시간에 따른 서비스 상태</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="42"/>
        <location filename="../../ui/report/reportdependenciessection.cpp" line="30"/>
        <source>Dependencies at the peak</source>
        <translation>최대 시점의 의존성</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdependenciessection.cpp" line="32"/>
        <source>Who needs whom, with the share of users a failure reaches; states and people affected as at %1.</source>
        <translation>서비스 간 의존 관계와 장애가 미치는 사용자 비율. 상태와 영향 인원은 %1 기준.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdependenciessection.cpp" line="34"/>
        <source>Who needs whom, with the share of users a failure reaches; states and people affected as at %1, when the most people were affected through dependencies. At the overall peak (%2) they were affected by their own services&apos; failures, which are counted first.</source>
        <translation>어떤 서비스가 어떤 서비스에 의존하는지와 장애가 미치는 사용자 비율. 상태와 영향 인원은 의존성을 통해 가장 많은 사람이 영향을 받은 %1 기준입니다. 전체 정점(%2)에서는 각 서비스 자체의 장애로 영향을 받았으며, 이것을 먼저 셉니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcomparisonsection.cpp" line="30"/>
        <source>Comparison with %1</source>
        <translation>%1과(와) 비교</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcomparisonsection.cpp" line="32"/>
        <source>The figures of %1 could not be computed: %2</source>
        <translation>%1의 수치를 계산할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcomparisonsection.cpp" line="41"/>
        <source>Total people affected, each incident against the time since its own start. %1: peak %2, %3 people-hours. %4: peak %5, %6 people-hours.</source>
        <translation>총 영향 인원(각 장애 시작 후 경과 시간 기준). %1: 최대 %2, %3 인시. %4: 최대 %5, %6 인시.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcomparisonsection.cpp" line="47"/>
        <source>The mean share of each incident&apos;s services failing, against the time since its own start.</source>
        <translation>각 장애의 평균 장애 서비스 비율(각 장애 시작 후 경과 시간 기준).</translation>
    </message>
    <message>
        <source>Total people affected, each incident against hours since its own start. %1: peak %2, %3 people-hours. %4: peak %5, %6 people-hours.</source>
        <translation type="vanished">각 장애 시작 후 경과 시간별 전체 영향 인원. %1: 최대 %2, %3 인시. %4: 최대 %5, %6 인시.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="70"/>
        <source>Appendix: data sources</source>
        <translation>부록: 데이터 소스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="46"/>
        <source>The records name no source.</source>
        <translation>레코드에 소스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="49"/>
        <source>Every source the incident&apos;s records came from, with what each contributed in the window.</source>
        <translation>장애 레코드의 모든 출처와 구간 안에서 각 소스가 제공한 내용.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="53"/>
        <location filename="../../ui/report/reporttitlesection.cpp" line="93"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="54"/>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="55"/>
        <source>State changes</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportsourcessection.cpp" line="56"/>
        <source>Incident updates</source>
        <translation>장애 업데이트</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="26"/>
        <source>Appendix: rejected records</source>
        <translation>부록: 거부된 레코드</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="28"/>
        <source>No record was rejected: everything the sources sent was taken in.</source>
        <translation>거부된 레코드가 없습니다. 소스가 보낸 내용을 모두 받아들였습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="40"/>
        <source>%1 (field &quot;%2&quot;)</source>
        <translation>%1(필드 &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="47"/>
        <source>Records the sources sent that could not be taken: %1. They are kept in the store&apos;s rejects table; none of them counts in the figures.</source>
        <translation>소스가 보냈지만 받아들이지 못한 레코드: %1건. 저장소의 거부 테이블에 보관되며 수치에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="58"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="59"/>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="65"/>
        <source>All reasons</source>
        <translation>모든 사유</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportrejectssection.cpp" line="67"/>
        <source>Grouped from the latest %1; the total counts them all.</source>
        <translation>최근 %1건을 묶었으며, 합계는 전체를 셉니다.</translation>
    </message>
    <message>
        <source>Postmortem report: print preview</source>
        <translation type="vanished">포스트모템 보고서: 인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="vanished">PDF로 저장…</translation>
    </message>
    <message>
        <source>Write the report to a PDF file</source>
        <translation type="vanished">보고서를 PDF 파일로 저장</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation type="vanished">보고서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="vanished">보고서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="54"/>
        <source>There are no figures to chart.</source>
        <translation>차트로 그릴 수치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="69"/>
        <source>Cannot draw the SVG.</source>
        <translation>SVG를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="83"/>
        <source>Cannot encode the PNG.</source>
        <translation>PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="86"/>
        <source>Unknown image type &quot;%1&quot;: use .png or .svg</source>
        <translation>알 수 없는 이미지 형식 &quot;%1&quot;: .png 또는 .svg를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="90"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="29"/>
        <source>Export people affected as CSV</source>
        <translation>영향 인원을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="30"/>
        <source>Export timeline as CSV</source>
        <translation>타임라인을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="31"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="37"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="44"/>
        <location filename="../../ui/exportactions.cpp" line="50"/>
        <location filename="../../ui/exportactions.cpp" line="60"/>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="45"/>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="48"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="51"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="104"/>
        <source>Export report &amp;as</source>
        <translation>보고서 내보내기 형식(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="116"/>
        <source>Print pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="122"/>
        <source>Preview the postmortem report, print it or save it as a PDF</source>
        <translation>포스트모템 보고서를 미리 보고, 인쇄하거나 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="123"/>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="126"/>
        <source>&amp;Timeline as CSV…</source>
        <translation>타임라인 CSV(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="129"/>
        <source>The rows the timeline shows, as filtered and sorted there, times with their zone</source>
        <translation>타임라인에 보이는 행(거기서 거른 대로, 정렬한 대로), 시각은 시간대와 함께</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="132"/>
        <source>&amp;People affected as CSV…</source>
        <translation>영향 인원 CSV(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="136"/>
        <source>&amp;Chart as PNG/SVG…</source>
        <translation>차트 PNG/SVG(&amp;C)…</translation>
    </message>
    <message>
        <source>%1; and %2 more, listed in the appendix</source>
        <translation type="vanished">%1 외 %2개 (부록에 모두 수록)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="19"/>
        <source>Communication</source>
        <translation>소통</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="21"/>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="21"/>
        <location filename="../../ui/report/reportdorasection.cpp" line="97"/>
        <location filename="../../ui/report/reportmsitsection.cpp" line="35"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="22"/>
        <source>After the one before</source>
        <translation>직전 이후 경과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="22"/>
        <source>What the data says</source>
        <translation>데이터 근거</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="26"/>
        <source>to be entered</source>
        <translation>입력 필요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="36"/>
        <source>user reports rose to at least 3× their usual level and 10 more (%1)</source>
        <translation>사용자 신고가 평소의 3배 이상, 10건 이상 증가 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="39"/>
        <source>first reported state below operational (%1)</source>
        <translation>처음 보고된 비정상 상태 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="41"/>
        <source>first sample below 99.9 % available (%1)</source>
        <translation>가용성 99.9% 미만인 첫 샘플 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="43"/>
        <source>(derived: a reconstruction, not a measurement)</source>
        <translation>(추정: 측정값이 아닌 재구성 값)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="46"/>
        <source>the incident&apos;s detected time, as declared</source>
        <translation>장애에 기재된 탐지 시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="47"/>
        <source>the incident&apos;s first update</source>
        <translation>장애 첫 업데이트</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="50"/>
        <source>first update marked public: %1</source>
        <translation>공개로 표시된 첫 업데이트: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="51"/>
        <source>no update of this incident is marked public</source>
        <translation>이 장애의 업데이트 중 공개로 표시된 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="54"/>
        <source>marked by a reviewer</source>
        <translation>검토자가 표시</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="54"/>
        <source>not recorded: mark it from the timeline (Notes menu)</source>
        <translation>기록 없음: 타임라인에서 표시하십시오(메모 메뉴)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="57"/>
        <location filename="../../ui/report/reportdorasection.cpp" line="110"/>
        <source>the incident&apos;s resolved time</source>
        <translation>장애 해결 시각</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportcommunicationsection.cpp" line="62"/>
        <source>Times in %1. A milestone the data does not hold is left to be entered, never guessed; its lags stay empty.</source>
        <translation>시각은 %1 기준입니다. 데이터에 없는 마일스톤은 추측하지 않고 입력 필요로 남기며, 그 경과 시간은 비워 둡니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="22"/>
        <source>NIS2: is the incident significant?</source>
        <translation>NIS2: 중요 사고에 해당합니까?</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="23"/>
        <source>Tested as a cloud computing service under Implementing Regulation (EU) 2024/2690, Art. 7: the incident is significant when any criterion is met. The figures come from the timeline&apos;s availability, dependencies included; users are the service catalogue&apos;s, while the regulation counts users in the Union, which the data does not know.</source>
        <translation>이행규정 (EU) 2024/2690 제7조의 클라우드 컴퓨팅 서비스로 판정합니다. 기준을 하나라도 충족하면 중요 사고입니다. 수치는 의존성을 포함한 타임라인의 가용성에서 산출합니다. 이용자 수는 서비스 카탈로그의 값이며, 규정은 EU 역내 이용자를 세지만 데이터에는 그 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="30"/>
        <source>Verdict: significant incident. At least one availability criterion is met; the early warning is due 24 h after awareness.</source>
        <translation>판정: 중요 사고입니다. 가용성 기준을 하나 이상 충족하므로 인지 후 24시간 이내에 조기 경보를 제출해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="34"/>
        <source>Verdict: not significant on the availability criteria. The integrity criterion is to be entered.</source>
        <translation>판정: 가용성 기준으로는 중요 사고가 아닙니다. 무결성 기준은 입력이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="38"/>
        <source>Verdict: unknown. No criterion is met on the data, but the 1 million users test cannot be decided without the services&apos; user counts.</source>
        <translation>판정: 알 수 없음. 데이터상 충족한 기준은 없으나, 서비스의 이용자 수 없이는 이용자 100만 명 기준을 판정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="42"/>
        <source>Verdict: not significant. The incident is a scheduled maintenance (recital 33), whatever the figures below.</source>
        <translation>판정: 중요 사고가 아닙니다. 아래 수치와 관계없이 예정된 점검입니다(전문 제33항).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="53"/>
        <source>Measured (longest unbroken stretch)</source>
        <translation>측정값 (최장 연속 구간)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="65"/>
        <source>1. The service is completely unavailable</source>
        <translation>1. 서비스 완전 이용 불가</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="65"/>
        <source>more than 30 min</source>
        <translation>30분 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="66"/>
        <source>2a. Availability limited for more than 5 % of the service&apos;s users</source>
        <translation>2a. 서비스 이용자의 5% 초과에 대해 가용성 제한</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="66"/>
        <location filename="../../ui/report/reportnis2section.cpp" line="67"/>
        <source>more than 1 h</source>
        <translation>1시간 초과</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="67"/>
        <source>2b. Availability limited for more than 1,000,000 users</source>
        <translation>2b. 이용자 1,000,000명 초과에 대해 가용성 제한</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="76"/>
        <source>3. Integrity, confidentiality or authenticity of data compromised by a suspected malicious action</source>
        <translation>3. 악의적 행위 의심으로 인한 데이터의 무결성, 기밀성 또는 진정성 훼손</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="81"/>
        <source>Scheduled maintenance (then not significant)</source>
        <translation>예정된 점검 (해당 시 중요 사고 아님)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="82"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="82"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="82"/>
        <source>the incident&apos;s severity</source>
        <translation>장애 심각도</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="83"/>
        <source>applies</source>
        <translation>해당</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="83"/>
        <source>does not apply</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="85"/>
        <source>2a and 2b are one criterion: &quot;more than 5 % or more than 1 million users, whichever is smaller&quot; is passed when either is. Completely unavailable: every user affected. Sources: Implementing Regulation (EU) 2024/2690, Art. 7 and recital 33 (springlex.eu/packages/nis2/cmsi-regulation/article-7); Directive (EU) 2022/2555, Art. 23 (nis2-info.eu/article-23-reporting-obligations).</source>
        <translation>2a와 2b는 하나의 기준입니다. &quot;5% 초과 또는 100만 명 초과 중 더 작은 쪽&quot;은 둘 중 하나만 충족해도 충족입니다. 완전 이용 불가: 모든 이용자가 영향받음. 출처: 이행규정 (EU) 2024/2690 제7조 및 전문 제33항 (springlex.eu/packages/nis2/cmsi-regulation/article-7); 지침 (EU) 2022/2555 제23조 (nis2-info.eu/article-23-reporting-obligations).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="95"/>
        <source>NIS2: reports due</source>
        <translation>NIS2: 보고 기한</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="98"/>
        <source>No awareness time: the incident has no start, detection or acknowledgement.</source>
        <translation>인지 시각 없음: 장애에 시작, 탐지, 인지 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="101"/>
        <source>Awareness: %1, taken from %2. Hours are elapsed time; a month is the same wall-clock time one calendar month later in %3 (the month&apos;s last day when the day does not exist).</source>
        <translation>인지: %1 (근거: %2). 시간은 경과 시간이며, 1개월은 %3 기준으로 한 달 뒤 같은 시각입니다(해당 날짜가 없으면 그 달의 마지막 날).</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="110"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="115"/>
        <source>Early warning (Art. 23(4)(a)): suspected malicious? possible cross-border impact?</source>
        <translation>조기 경보 (제23조(4)(a)): 악의적 행위 의심 여부, 국경 간 영향 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="116"/>
        <source>24 h after awareness</source>
        <translation>인지 후 24시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="117"/>
        <source>Incident notification (Art. 23(4)(b)): initial assessment, severity, impact</source>
        <translation>사고 통지 (제23조(4)(b)): 초기 평가, 심각도, 영향</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="117"/>
        <source>72 h after awareness</source>
        <translation>인지 후 72시간</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="118"/>
        <source>Final report (Art. 23(4)(d)): description, root cause, mitigation, cross-border impact</source>
        <translation>최종 보고서 (제23조(4)(d)): 상세 설명, 근본 원인, 완화 조치, 국경 간 영향</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="119"/>
        <source>1 month after the notification&apos;s due time</source>
        <translation>사고 통지 기한 후 1개월</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="123"/>
        <source>sent %1</source>
        <translation>%1 제출</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="128"/>
        <source>State as at %1, when this report was generated. OVERDUE: past its due time with no submission recorded in the timeline.</source>
        <translation>상태는 이 보고서를 생성한 %1 기준입니다. 기한 경과: 기한이 지났으나 타임라인에 제출 기록이 없음.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="134"/>
        <source>NIS2: to be entered</source>
        <translation>NIS2: 입력 필요</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="137"/>
        <source>Entity, sector and contact person</source>
        <translation>기관, 부문 및 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="137"/>
        <source>Suspected unlawful or malicious act?</source>
        <translation>불법 또는 악의적 행위 의심 여부</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="138"/>
        <source>Possible cross-border impact; Member States affected</source>
        <translation>국경 간 영향 가능성, 영향받은 회원국</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="138"/>
        <source>Type of threat or root cause</source>
        <translation>위협 유형 또는 근본 원인</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="139"/>
        <source>Mitigation measures applied and ongoing</source>
        <translation>적용 및 진행 중인 완화 조치</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="139"/>
        <source>Indicators of compromise</source>
        <translation>침해 지표</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportnis2section.cpp" line="139"/>
        <source>Financial loss</source>
        <translation>재정적 손실</translation>
    </message>
</context>
<context>
    <name>ReportTemplate</name>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="42"/>
        <source>Postmortem report</source>
        <translation>사후 분석 보고서</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="44"/>
        <source>NIS2 significant-incident report</source>
        <translation>NIS2 중요 사고 보고서</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="46"/>
        <source>DORA major-incident report</source>
        <translation>DORA 중대 사고 보고서</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="48"/>
        <source>Korean MSIT outage report</source>
        <translation>과기정통부 장애 보고서</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="57"/>
        <source>The full postmortem: figures, milestones, charts, timeline, sources.</source>
        <translation>전체 사후 분석: 수치, 마일스톤, 차트, 타임라인, 출처.</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="60"/>
        <source>EU NIS2 (cloud services): the significance test on the data, and the 24 h, 72 h and 1 month due dates from awareness; cause, cross-border impact and contacts left to enter.</source>
        <translation>EU NIS2 (클라우드 서비스): 데이터 기반 중요 사고 판정, 인지 후 24시간·72시간·1개월 제출 기한. 원인, 국경 간 영향, 연락처는 입력 필요.</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="64"/>
        <source>EU DORA: the major-incident criteria the data can test, occurred, recovered and resolved times, the 4 h/24 h, 72 h and 1 month due dates, and earlier incidents on the same services.</source>
        <translation>EU DORA: 데이터로 판정 가능한 중대 사고 기준, 발생·복구·해결 시각, 4시간/24시간·72시간·1개월 제출 기한, 같은 서비스의 이전 사고.</translation>
    </message>
    <message>
        <location filename="../../models/impact/reporttemplate.cpp" line="68"/>
        <source>Korea (MSIT): chronology by operator, duration and share of users affected per service, cause and corrective items to enter with 1- and 3-month due dates, and the 2 h user-notice check.</source>
        <translation>한국 (과기정통부): 사업자별 경과, 서비스별 장애 시간과 영향 이용자 비율, 입력할 원인과 시정 항목(1개월·3개월 기한), 2시간 이용자 고지 점검.</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="29"/>
        <source>People affected, all services: recorded and %1</source>
        <translation>전체 서비스 영향 인원: 기록과 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="40"/>
        <source>Millions of people</source>
        <translation>인원(백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="41"/>
        <source>Thousands of people</source>
        <translation>인원(천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="42"/>
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/scenariochartbuilder.cpp" line="73"/>
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="40"/>
        <source>Scenarios of %1</source>
        <translation>%1의 시나리오</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="45"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="45"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="45"/>
        <source>Minutes or time</source>
        <translation>분 또는 시각</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="45"/>
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="45"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="50"/>
        <source>Minutes count from the incident&apos;s start; a time is RFC 3339 with an offset. A share of 0 removes the dependency. Services: %1</source>
        <translation>분은 장애 시작부터 셉니다. 시각은 오프셋이 있는 RFC 3339 형식입니다. 비율 0은 의존성을 없앱니다. 서비스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="57"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="58"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="66"/>
        <source>Add change</source>
        <translation>변경 추가</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="67"/>
        <source>Remove change</source>
        <translation>변경 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="68"/>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="75"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="76"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="79"/>
        <source>Changes to the recorded incident</source>
        <translation>기록된 장애에 대한 변경</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scenariodialog.cpp" line="233"/>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="48"/>
        <source>Scenarios…</source>
        <translation>시나리오…</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="51"/>
        <source>What if:</source>
        <translation>가정:</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="133"/>
        <source>With %1, %2 people-hours (%3 %) would have been saved.</source>
        <translation>%1이면 %2 인시(%3%)를 줄일 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="145"/>
        <source>No scenario for this incident yet: add one with Scenarios…</source>
        <translation>이 장애의 시나리오가 아직 없습니다. 시나리오…에서 추가하세요</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="146"/>
        <source>Pick an incident to replay it with a different recovery.</source>
        <translation>다른 복구 과정으로 다시 볼 장애를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/scenariopanel.cpp" line="154"/>
        <source>The scenario cannot be computed: %1</source>
        <translation>시나리오를 계산할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="61"/>
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="63"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="83"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="85"/>
        <source>People-hours recorded</source>
        <translation>기록된 인시</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="87"/>
        <source>People-hours with the scenario</source>
        <translation>시나리오 적용 시 인시</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="89"/>
        <source>People-hours saved</source>
        <translation>절감한 인시</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/scenariotablemodel.cpp" line="91"/>
        <source>Saved</source>
        <translation>절감</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="95"/>
        <source>A service has no key.</source>
        <translation>키가 없는 서비스가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="97"/>
        <source>The key &quot;%1&quot; is given to two services.</source>
        <translation>키 &quot;%1&quot;이(가) 두 서비스에 쓰였습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="100"/>
        <source>The users of &quot;%1&quot; must be a count of 0 or more.</source>
        <translation>&quot;%1&quot;의 사용자 수는 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="105"/>
        <location filename="../../models/session/servicecatalogue.cpp" line="107"/>
        <source>A dependency names &quot;%1&quot;, which is not a service.</source>
        <translation>의존 관계에 서비스가 아닌 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="109"/>
        <source>&quot;%1&quot; cannot depend on itself.</source>
        <translation>&quot;%1&quot;은(는) 자기 자신에 의존할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="111"/>
        <source>The share of %1 → %2 must be between 0 and 1.</source>
        <translation>%1 → %2의 비율은 0에서 1 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="113"/>
        <source>%1 → %2 is given twice.</source>
        <translation>%1 → %2이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="117"/>
        <source>These dependencies go round in a cycle: %1. A service cannot need itself, even through others.</source>
        <translation>이 의존 관계는 순환합니다: %1. 서비스는 다른 서비스를 거쳐서라도 자기 자신을 필요로 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../models/session/servicecatalogue.cpp" line="151"/>
        <location filename="../../models/session/servicecatalogue.cpp" line="164"/>
        <source>proposed from the status page group &quot;%1&quot;</source>
        <translation>상태 페이지 그룹 &quot;%1&quot;에서 제안됨</translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="105"/>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="151"/>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="360"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="109"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="109"/>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="109"/>
        <source>Users</source>
        <translation>사용자 수</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="109"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="109"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="109"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="110"/>
        <source>People who use the service; empty: not known yet</source>
        <translation>서비스를 쓰는 사람 수. 비우면 아직 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="111"/>
        <source>#rrggbb, or empty for the theme&apos;s colour</source>
        <translation>#rrggbb, 비우면 테마 색상</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="113"/>
        <source>The feed&apos;s grouping, e.g. a status page component group: a hint, not a dependency</source>
        <translation>피드의 묶음(예: 상태 페이지 구성 요소 그룹). 참고일 뿐 의존 관계가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="115"/>
        <source>Double-click a cell to edit it. A service whose samples or states are stored cannot be deleted.</source>
        <translation>칸을 두 번 클릭하면 편집합니다. 샘플이나 상태가 저장된 서비스는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="117"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="117"/>
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="117"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="119"/>
        <source>Share of the service&apos;s users who are failed when what it depends on fails (0–1)</source>
        <translation>의존 대상이 실패할 때 함께 실패하는 이 서비스 사용자의 비율(0–1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="134"/>
        <source>&amp;Add service</source>
        <translation>서비스 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="135"/>
        <source>&amp;Remove service</source>
        <translation>서비스 삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="136"/>
        <source>Add &amp;dependency</source>
        <translation>의존 관계 추가(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="137"/>
        <source>Remo&amp;ve dependency</source>
        <translation>의존 관계 삭제(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="138"/>
        <source>&amp;Propose from groups</source>
        <translation>그룹에서 제안(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="140"/>
        <source>Add a dependency on its status page group for every component in one, as rows to keep or delete: nothing is applied until OK</source>
        <translation>상태 페이지 그룹에 속한 구성 요소마다 그 그룹에 대한 의존 관계를 남기거나 지울 행으로 추가합니다. 확인을 누르기 전에는 아무것도 적용되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="161"/>
        <source>Dependencies</source>
        <translation>의존 관계</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="252"/>
        <source>No status page groups to propose dependencies from.</source>
        <translation>의존 관계를 제안할 상태 페이지 그룹이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="287"/>
        <source>Row %1: users must be a whole number of 0 or more, or empty when not known.</source>
        <translation>%1행: 사용자 수는 0 이상의 정수이거나, 모르면 비워 두어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="291"/>
        <source>Row %1: a colour is #rrggbb, e.g. #1f77b4, or empty.</source>
        <translation>%1행: 색상은 #rrggbb(예: #1f77b4)이거나 비워 두어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="300"/>
        <source>Dependency %1: the share is a number from 0 to 1.</source>
        <translation>의존 관계 %1: 비율은 0에서 1 사이의 수입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="329"/>
        <source>A service needs a key.</source>
        <translation>서비스에는 키가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="330"/>
        <source>Another service has this key.</source>
        <translation>다른 서비스가 이 키를 쓰고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="336"/>
        <source>A whole number of 0 or more, or empty</source>
        <translation>0 이상의 정수, 또는 빈 칸</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="338"/>
        <source>#rrggbb, or empty</source>
        <translation>#rrggbb, 또는 빈 칸</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="342"/>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="343"/>
        <source>Not a service</source>
        <translation>서비스가 아님</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/serviceeditordialog.cpp" line="356"/>
        <source>The services could not be saved: %1</source>
        <translation>서비스를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <location filename="../../models/domain/servicestate.cpp" line="49"/>
        <source>Operational</source>
        <translation>정상 운영</translation>
    </message>
    <message>
        <location filename="../../models/domain/servicestate.cpp" line="51"/>
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../../models/domain/servicestate.cpp" line="53"/>
        <source>Degraded</source>
        <translation>성능 저하</translation>
    </message>
    <message>
        <location filename="../../models/domain/servicestate.cpp" line="55"/>
        <source>Partial outage</source>
        <translation>부분 장애</translation>
    </message>
    <message>
        <location filename="../../models/domain/servicestate.cpp" line="57"/>
        <source>Major outage</source>
        <translation>주요 장애</translation>
    </message>
    <message>
        <location filename="../../models/domain/servicestate.cpp" line="61"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>ServicesCsv</name>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="105"/>
        <source>%1 has no share: write key:share, e.g. accounts:0.6</source>
        <translation>%1에 비율이 없습니다: key:share 형식으로 쓰세요. 예: accounts:0.6</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="109"/>
        <source>%1 names no service before the colon</source>
        <translation>%1에는 콜론 앞에 서비스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="113"/>
        <source>the share of %1 is %2, not a number from 0 to 1</source>
        <translation>%1의 비율이 %2입니다. 0에서 1 사이의 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="116"/>
        <source>the share of %1 is %2: a share is from 0 to 1</source>
        <translation>%1의 비율이 %2입니다: 비율은 0에서 1 사이입니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="118"/>
        <source>%1 cannot depend on itself</source>
        <translation>%1은(는) 자기 자신에 의존할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="120"/>
        <source>%1 is named twice</source>
        <translation>%1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="140"/>
        <source>the file is empty: its first line must be the header %1</source>
        <translation>파일이 비어 있습니다: 첫 줄은 머리글 %1이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="145"/>
        <source>the header must be %1, not %2</source>
        <translation>머리글은 %2가 아니라 %1이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="168"/>
        <source>the text is not UTF-8</source>
        <translation>텍스트가 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="173"/>
        <source>the row ends after %1 of the %2 fields of the header</source>
        <translation>행이 머리글의 필드 %2개 중 %1개 뒤에서 끝납니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="178"/>
        <source>the row has %1 fields, the header %2 (a name or group holding a comma goes in double quotes): %3</source>
        <translation>행의 필드는 %1개, 머리글은 %2개입니다(쉼표가 든 이름이나 그룹은 큰따옴표로 묶습니다): %3</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="189"/>
        <source>no key: every service needs one</source>
        <translation>key가 없습니다: 모든 서비스에 필요합니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="193"/>
        <source>%1 holds a &apos;;&apos;, which separates dependencies</source>
        <translation>%1에 의존성 구분자인 &apos;;&apos;가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="198"/>
        <source>%1 is also on line %2: a service is given once</source>
        <translation>%1은(는) %2행에도 있습니다: 서비스는 한 번만 적습니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="208"/>
        <source>%1 is not a whole number of people (leave it empty when not known)</source>
        <translation>%1은(는) 사람 수를 나타내는 정수가 아닙니다(모르면 비워 두세요)</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="212"/>
        <source>%1 is negative: users are a count of 0 or more</source>
        <translation>%1은(는) 음수입니다: 사용자 수는 0 이상입니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="221"/>
        <source>%1 is no colour: write #rrggbb, e.g. #1f77b4, or leave it empty</source>
        <translation>%1은(는) 색이 아닙니다: #rrggbb(예: #1f77b4)로 쓰거나 비워 두세요</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="252"/>
        <source>%1 is no service: neither the store nor a row taken from the file has it</source>
        <translation>%1이라는 서비스가 없습니다: 저장소에도, 파일에서 받은 행에도 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="306"/>
        <source>%1 (lines %2)</source>
        <translation>%1 (%2행)</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="316"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="338"/>
        <location filename="../../models/session/servicescsv.cpp" line="360"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../../models/session/servicescsv.cpp" line="381"/>
        <source>%1:%2: rejected (field &quot;%3&quot;): %4</source>
        <translation>%1:%2: 거부됨 (필드 &quot;%3&quot;): %4</translation>
    </message>
</context>
<context>
    <name>SourceConflict</name>
    <message>
        <location filename="../../models/impact/sourceconflicts.cpp" line="13"/>
        <source>followed the availability sample of %1: a sample at the same time is taken over reported states</source>
        <translation>%1의 가용성 샘플을 따름: 같은 시각의 샘플은 보고된 상태보다 우선합니다</translation>
    </message>
    <message>
        <location filename="../../models/impact/sourceconflicts.cpp" line="16"/>
        <source>followed %1: of reports at the same time, the one taken in last counts</source>
        <translation>%1을(를) 따름: 같은 시각의 보고 중 마지막으로 받은 것이 적용됩니다</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="34"/>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="39"/>
        <source>Feed sources and their status</source>
        <translation>피드 소스와 상태</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="41"/>
        <source>No sources file: open one, or write one below and save it</source>
        <translation>소스 파일이 없습니다. 파일을 열거나 아래에 작성해 저장하세요</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="45"/>
        <source>Sources file (JSON)</source>
        <translation>소스 파일(JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="46"/>
        <source>The sources file as JSON; see docs/sources.md for every field</source>
        <translation>JSON 형식의 소스 파일. 모든 필드는 docs/sources.md 참고</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="49"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="51"/>
        <source>&amp;Save and apply</source>
        <translation>저장하고 적용(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="52"/>
        <source>Write the file and restart the live sources with it</source>
        <translation>파일을 저장하고 실시간 소스를 다시 시작</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="54"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="58"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="69"/>
        <source>Open sources file</source>
        <translation>소스 파일 열기</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="69"/>
        <source>Sources files (*.json);;All files (*)</source>
        <translation>소스 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="94"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="107"/>
        <source>Empty: no live sources.</source>
        <translation>비어 있음: 실시간 소스 없음.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="108"/>
        <source>sources file</source>
        <translation>소스 파일</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="109"/>
        <source>Valid: %n source(s).</source>
        <translation>
            <numerusform>유효함: 소스 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="111"/>
        <source>Not valid: %1</source>
        <translation>유효하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="119"/>
        <source>Save sources file</source>
        <translation>소스 파일 저장</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="119"/>
        <source>Sources files (*.json)</source>
        <translation>소스 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="126"/>
        <source>Not saved: %1</source>
        <translation>저장하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="132"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="137"/>
        <source>Saved, but the sources could not start: %1</source>
        <translation>저장했지만 소스를 시작할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sourcesdialog.cpp" line="141"/>
        <source>Saved and applied: %n source(s) running.</source>
        <translation>
            <numerusform>저장하고 적용함: 소스 %n개 실행 중.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateTimelineChart</name>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="17"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="76"/>
        <source>recovery milestone</source>
        <translation>복구 마일스톤</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="77"/>
        <source>annotation</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="153"/>
        <source>first partial recovery</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="154"/>
        <source>50 % recovered</source>
        <translation>50% 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="155"/>
        <source>90 % recovered</source>
        <translation>90% 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="156"/>
        <source>full recovery</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinepicture.cpp" line="161"/>
        <source>%1: %2 at %3</source>
        <translation>%1: %3에 %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="36"/>
        <source>State timeline: the state of each service over time</source>
        <translation>상태 타임라인: 시간에 따른 서비스별 상태</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="37"/>
        <source>Scroll to zoom, drag to pan; + and − zoom, arrow keys pan, 0 shows all. Double-click moves the cursor there.</source>
        <translation>스크롤로 확대/축소, 드래그로 이동. +와 −로 확대/축소, 화살표 키로 이동, 0으로 전체 보기. 더블클릭하면 커서가 그곳으로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="307"/>
        <source>%1: %2 %3, %4 – %5</source>
        <translation>%1: %2 %3, %4 – %5</translation>
    </message>
</context>
<context>
    <name>StatusTileWidget</name>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="126"/>
        <source>⏸ STALE · no data for %1</source>
        <translation>⏸ 데이터 중단 · %1째 수신 없음</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="138"/>
        <source>people affected of %1 users</source>
        <translation>영향 인원 (전체 사용자 %1명)</translation>
    </message>
    <message>
        <source>users unknown</source>
        <translation type="vanished">사용자 수 모름</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="vanished">%1%</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="139"/>
        <source>of users affected; user count unknown</source>
        <translation>의 사용자가 영향받음 (사용자 수 모름)</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="74"/>
        <location filename="../../ui/statustilewidget.cpp" line="142"/>
        <source>range %1</source>
        <translation>범위 %1</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="146"/>
        <source>%1 through dependencies</source>
        <translation>의존성을 통해 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="149"/>
        <source>%1 since the outage began</source>
        <translation>장애 발생 후 %1</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="150"/>
        <source>before the outage</source>
        <translation>장애 발생 전</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="74"/>
        <location filename="../../ui/statustilewidget.cpp" line="152"/>
        <location filename="../../ui/statustilewidget.cpp" line="153"/>
        <source>derived curve</source>
        <translation>추정 곡선</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="157"/>
        <source>⚠ sources disagree: %1</source>
        <translation>⚠ 출처 불일치: %1</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="158"/>
        <source>⚠ sources disagree</source>
        <translation>⚠ 출처 간 불일치</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="161"/>
        <source>user count unknown</source>
        <translation>사용자 수 미상</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="170"/>
        <source>%1: %2, %3 people affected</source>
        <translation>%1: %2, 영향 인원 %3명</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="171"/>
        <source>%1: %2, %3 of users affected</source>
        <translation>%1: %2, 사용자의 %3 영향받음</translation>
    </message>
</context>
<context>
    <name>StatuspageItem</name>
    <message>
        <source>%1 must be a string, got %2</source>
        <translation type="vanished">%1은(는) 문자열이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, got %2</source>
        <translation type="vanished">%1은(는) 1973-03-03T09:46:40Z와 2200-01-01T00:00:00Z 사이여야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>%1 is not an RFC 3339 time with an offset, got %2</source>
        <translation type="vanished">%1이(가) 오프셋이 있는 RFC 3339 시각이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 must be an array or null, got %2</source>
        <translation type="vanished">%1은(는) 배열이나 null이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation type="vanished">필수 필드 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>StatuspageParser</name>
    <message>
        <location filename="../../models/feeds/statuspageparser.cpp" line="21"/>
        <source>not a Statuspage document: expected one of components, incidents, scheduled_maintenances, status, component_update, incident</source>
        <translation>Statuspage 문서가 아닙니다: components, incidents, scheduled_maintenances, status, component_update, incident 중 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation type="vanished">%1 (바이트 %2): %3</translation>
    </message>
    <message>
        <location filename="../../models/feeds/statuspageparser.cpp" line="52"/>
        <source>%1 must be an object, got %2</source>
        <translation>%1은(는) 객체여야 하는데 %2입니다</translation>
    </message>
</context>
<context>
    <name>StatuspageReader</name>
    <message>
        <source>%1 must be an array or null, got %2</source>
        <translation type="vanished">%1은(는) 배열이나 null이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>%1 must be an object, got %2</source>
        <translation type="vanished">%1은(는) 객체여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/statuspagereader.cpp" line="185"/>
        <source>unknown indicator %1; expected one of none, minor, major, critical</source>
        <translation>알 수 없는 지표 %1. none, minor, major, critical 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/statuspagereader.cpp" line="210"/>
        <source>the component has neither an id nor a name</source>
        <translation>구성 요소에 id도 name도 없습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/statuspagereader.cpp" line="216"/>
        <source>component %1 is not in the service mapping and only mapped services are taken</source>
        <translation>구성 요소 %1이(가) 서비스 매핑에 없고, 매핑된 서비스만 받습니다</translation>
    </message>
    <message>
        <location filename="../../models/feeds/statuspagereader.cpp" line="246"/>
        <source>missing both &quot;display_at&quot; and &quot;created_at&quot;</source>
        <translation>&quot;display_at&quot;과 &quot;created_at&quot;이 모두 없습니다</translation>
    </message>
</context>
<context>
    <name>StoreFaults</name>
    <message>
        <location filename="../../models/store/storefault.cpp" line="80"/>
        <source>%1 is read-only: nothing was written, and nothing stored before is changed. Open a writable copy to take data in.</source>
        <translation>%1은(는) 읽기 전용입니다: 아무것도 기록하지 않았고 이전에 저장된 데이터도 바뀌지 않았습니다. 데이터를 받으려면 쓰기 가능한 사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="84"/>
        <source>there is no space left for %1: the last batch was rolled back whole and everything stored before is kept. Free some space, then take the same data in again (nothing is doubled).</source>
        <translation>%1에 남은 공간이 없습니다: 마지막 배치는 통째로 되돌렸고 이전에 저장된 데이터는 모두 유지됩니다. 공간을 확보한 뒤 같은 데이터를 다시 가져오세요 (중복되지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="88"/>
        <source>%1 is locked by another writer; trying again later stores the rest without doubling anything.</source>
        <translation>%1을(를) 다른 쓰기 작업이 잠그고 있습니다. 나중에 다시 시도하면 나머지를 중복 없이 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="91"/>
        <source>%1 cannot be reached; what was stored before is kept.</source>
        <translation>%1에 연결할 수 없습니다. 이전에 저장된 데이터는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="104"/>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="106"/>
        <source>a ZIP archive (or an office document)</source>
        <translation>ZIP 압축 파일(또는 오피스 문서)</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="108"/>
        <source>a compressed (gzip) file</source>
        <translation>압축(gzip) 파일</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="115"/>
        <source>a text file (it looks like JSON, a feed to import rather than a database)</source>
        <translation>텍스트 파일(JSON으로 보이며, 데이터베이스가 아니라 가져올 피드입니다)</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="118"/>
        <source>a text file (it looks like XML, a feed to import rather than a database)</source>
        <translation>텍스트 파일(XML로 보이며, 데이터베이스가 아니라 가져올 피드입니다)</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="120"/>
        <source>a text file</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="122"/>
        <source>a file of some other kind</source>
        <translation>다른 종류의 파일</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="134"/>
        <source>%1 is not a timeline database: it is %2, not an SQLite database. Nothing in it was changed. Open the .sqlite file outagedash made, give a new file name to start an empty timeline, or use File ▸ Import to read a feed.</source>
        <translation>%1은(는) 타임라인 데이터베이스가 아닙니다: SQLite 데이터베이스가 아니라 %2입니다. 파일은 전혀 바뀌지 않았습니다. outagedash가 만든 .sqlite 파일을 열거나, 새 파일 이름을 주어 빈 타임라인을 시작하거나, 파일 ▸ 가져오기로 피드를 읽으세요.</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="146"/>
        <source>%1 is an SQLite database of another program (its tables: %2), not an outagedash timeline. It was left unchanged. Open the .sqlite file outagedash made, or give a new file name to start an empty timeline.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스(테이블: %2)이며 outagedash 타임라인이 아닙니다. 파일은 그대로 두었습니다. outagedash가 만든 .sqlite 파일을 열거나, 새 파일 이름을 주어 빈 타임라인을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../models/store/storefault.cpp" line="155"/>
        <source>%1 starts as an SQLite database but cannot be read: it is damaged or only partly copied (SQLite says: %2). Open a backup or a complete copy of it.</source>
        <translation>%1은(는) SQLite 데이터베이스로 시작하지만 읽을 수 없습니다: 손상되었거나 일부만 복사되었습니다(SQLite 메시지: %2). 백업이나 완전한 사본을 여세요.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="38"/>
        <source>no database file given</source>
        <translation>데이터베이스 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="47"/>
        <source>the PostgreSQL location</source>
        <translation>PostgreSQL 위치</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="52"/>
        <source>not a valid URL (%1)</source>
        <translation>올바른 URL이 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="54"/>
        <location filename="../../models/store/storelocation.cpp" line="68"/>
        <source>a password in the location would be visible to every user of this machine; put it in PGPASSWORD or ~/.pgpass instead</source>
        <translation>위치에 비밀번호를 넣으면 이 컴퓨터의 모든 사용자에게 보입니다. 대신 PGPASSWORD 또는 ~/.pgpass에 넣으세요</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="63"/>
        <source>name the database after the host, e.g. postgresql://noc@db.example:5432/outagedash</source>
        <translation>호스트 뒤에 데이터베이스 이름을 적으세요. 예: postgresql://noc@db.example:5432/outagedash</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="71"/>
        <source>unknown connection option &quot;%1&quot;</source>
        <translation>알 수 없는 연결 옵션 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../models/store/storelocation.cpp" line="73"/>
        <source>the value of &quot;%1&quot; may not contain spaces, quotes or semicolons</source>
        <translation>&quot;%1&quot;의 값에는 공백, 따옴표, 세미콜론을 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>StoreUpgrade</name>
    <message>
        <location filename="../../app/storeupgrade.cpp" line="19"/>
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../app/storeupgrade.cpp" line="20"/>
        <source>Opening the timeline store…

%1</source>
        <translation>타임라인 저장소를 여는 중…

%1</translation>
    </message>
    <message>
        <location filename="../../app/storeupgrade.cpp" line="34"/>
        <source>Bringing the timeline store up to date (schema version %1).
This happens once; a large store takes a minute or so.

%2</source>
        <translation>타임라인 저장소를 최신 형식으로 바꾸는 중입니다(스키마 버전 %1).
한 번만 하며, 큰 저장소는 1분 남짓 걸립니다.

%2</translation>
    </message>
    <message>
        <location filename="../../app/storeupgrade.cpp" line="65"/>
        <source>bringing %1 up to schema version %2 (%3); this happens once, and a large store takes a minute or so</source>
        <translation>%1을(를) 스키마 버전 %2(%3)로 바꾸는 중입니다. 한 번만 하며, 큰 저장소는 1분 남짓 걸립니다</translation>
    </message>
</context>
<context>
    <name>TimeAxisTicks</name>
    <message>
        <location filename="../../ui/common/timeaxisticks.cpp" line="39"/>
        <source>d MMM</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <location filename="../../ui/common/timeaxisticks.cpp" line="56"/>
        <location filename="../../ui/charts/recoverychartview.cpp" line="501"/>
        <location filename="../../ui/charts/recoverychartview.cpp" line="544"/>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="132"/>
        <location filename="../../ui/charts/statetimelinechart.cpp" line="176"/>
        <source>d MMM HH:mm</source>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="500"/>
        <source>d MMM HH:mm:ss</source>
        <translation>M월 d일 HH:mm:ss</translation>
    </message>
</context>
<context>
    <name>TimeCursorWidget</name>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="17"/>
        <source>&amp;As at:</source>
        <translation>기준 시각(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="24"/>
        <source>Move through the incident: the tiles and headline show that moment (arrow keys: 10 min, Page Up/Down: 1 h)</source>
        <translation>인시던트 시점 이동: 타일과 헤드라인에 해당 시점의 수치가 표시됩니다 (화살표 키: 10분, Page Up/Down: 1시간)</translation>
    </message>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="26"/>
        <source>Time cursor</source>
        <translation>시간 커서</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="55"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="57"/>
        <source>State</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="59"/>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="80"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>note</source>
        <translation type="vanished">메모</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="82"/>
        <source>%1 (derived)</source>
        <translation>%1 (추정)</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="127"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="129"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="131"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="133"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="135"/>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/timelinemodel.cpp" line="137"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timelineview.cpp" line="29"/>
        <source>&amp;All events</source>
        <translation>모든 이벤트(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="36"/>
        <source>List every event in the database, not only the shown incident&apos;s (its updates and notes, its services&apos; changes in its window) (Ctrl+Shift+A)</source>
        <translation>보이는 장애의 이벤트(그 업데이트와 메모, 그 기간 동안 해당 서비스의 변화)만이 아니라 데이터베이스의 모든 이벤트를 나열합니다 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="42"/>
        <source>All events</source>
        <translation>모든 이벤트</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="44"/>
        <source>Filter events (all words must match)…</source>
        <translation>이벤트 필터 (모든 단어 일치)…</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="46"/>
        <source>Type words to keep only the events that contain all of them (Ctrl+F)</source>
        <translation>단어를 입력하면 그 단어를 모두 포함한 이벤트만 표시합니다 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="47"/>
        <source>Timeline filter</source>
        <translation>타임라인 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="48"/>
        <source>Show only the events of one service</source>
        <translation>한 서비스의 이벤트만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="49"/>
        <source>Service filter</source>
        <translation>서비스 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="51"/>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="63"/>
        <source>Show only the changes into one state</source>
        <translation>한 상태로 바뀐 변경만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="64"/>
        <source>State filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="65"/>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="71"/>
        <source>Show only what one source reported</source>
        <translation>한 출처가 보고한 것만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="72"/>
        <source>Source filter</source>
        <translation>출처 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="73"/>
        <source>Show only the events of a time range</source>
        <translation>한 시간 범위의 이벤트만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="74"/>
        <source>Time range filter</source>
        <translation>시간 범위 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="84"/>
        <source>Timeline of events</source>
        <translation>이벤트 타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="166"/>
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="177"/>
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="190"/>
        <source>Any time</source>
        <translation>전체 시간</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <location filename="../../models/domain/timestamps.cpp" line="258"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1일 %2시간 %3분</translation>
    </message>
    <message>
        <location filename="../../models/domain/timestamps.cpp" line="260"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../models/domain/timestamps.cpp" line="262"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../models/domain/timestamps.cpp" line="263"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="134"/>
        <source>⏸ STALE · %1 old</source>
        <translation>⏸ 데이터 중단 · %1 전 데이터</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="vanished">%1%</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="166"/>
        <source>of users affected at the last report; user count unknown</source>
        <translation>마지막 보고 시점 영향받은 사용자 비율, 사용자 수 미상</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="167"/>
        <source>of users affected now; user count unknown</source>
        <translation>현재 영향받은 사용자 비율, 사용자 수 미상</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="171"/>
        <source>people affected at the last report, range %1</source>
        <translation>마지막 보고 시점 영향 인원, 범위 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="172"/>
        <source>people affected at the last report</source>
        <translation>마지막 보고 시점 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="173"/>
        <source>people affected now, range %1</source>
        <translation>현재 영향 인원, 범위 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="174"/>
        <source>people affected now</source>
        <translation>현재 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="178"/>
        <source>in this state for at least %1</source>
        <translation>이 상태로 최소 %1째</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="178"/>
        <source>in this state for %1</source>
        <translation>이 상태로 %1째</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="181"/>
        <source>no state reported yet</source>
        <translation>보고된 상태 없음</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="184"/>
        <source>%1: %2, %3 people affected, %4</source>
        <translation>%1: %2, 영향 인원 %3명, %4</translation>
    </message>
    <message>
        <location filename="../../ui/wall/walltile.cpp" line="185"/>
        <source>%1: %2, %3 of users affected, %4</source>
        <translation>%1: %2, 사용자의 %3 영향, %4</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="231"/>
        <source>All recorded data</source>
        <translation>기록된 전체 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="235"/>
        <source>NOT CURRENT: timeline unreachable · %1</source>
        <translation>최신 아님: 타임라인에 연결할 수 없음 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="236"/>
        <source>DEMO DATA · %1</source>
        <translation>데모 데이터 · %1</translation>
    </message>
    <message>
        <source>%1 people affected across all services</source>
        <translation type="vanished">전체 서비스 영향 인원 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="293"/>
        <source>People affected not known: no service has a user count</source>
        <translation>영향 인원 알 수 없음: 사용자 수가 있는 서비스가 없음</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="295"/>
        <source>%1 people affected (range %2) · %3 service-users</source>
        <translation>영향 인원 %1명 (범위 %2) · 서비스 이용자 합계 %3명</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="296"/>
        <source>%1 people affected · %2 service-users</source>
        <translation>영향 인원 %1명 · 서비스 이용자 합계 %2명</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="309"/>
        <source>⚠ NOT CURRENT: the timeline cannot be reached · figures as last loaded</source>
        <translation>⚠ 최신 아님: 타임라인에 연결할 수 없음 · 마지막으로 불러온 수치</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="317"/>
        <source>Recovered · lasted %1</source>
        <translation>복구됨 · 지속 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="318"/>
        <source>Recovered · lasted %1 · %2 people-hours</source>
        <translation>복구됨 · 지속 %1 · %2 인시(人時)</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="324"/>
        <source>%1 since the incident began · as at %2</source>
        <translation>장애 발생 후 %1 경과 · %2 기준</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="325"/>
        <source>Before the incident began · as at %1</source>
        <translation>장애 발생 전 · %1 기준</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="356"/>
        <source>Clock, %1</source>
        <translation>시계, %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="369"/>
        <source>Overview: people affected by service</source>
        <translation>개요: 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="369"/>
        <source>Overview: share of users affected by service</source>
        <translation>개요: 서비스별 영향받은 사용자 비율</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="370"/>
        <source>Recovery: people affected over time</source>
        <translation>복구: 시간에 따른 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="370"/>
        <source>Recovery: share of users affected over time</source>
        <translation>복구: 시간에 따른 영향받은 사용자 비율</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="371"/>
        <source>State timeline</source>
        <translation>상태 타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="371"/>
        <source>Dependencies at the cursor</source>
        <translation>현재 시점 의존성</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="374"/>
        <source>%1 · view %2 of %3</source>
        <translation>%1 · 화면 %2/%3</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="375"/>
        <source>Recovery chart: people affected per service over time</source>
        <translation>복구 차트: 시간에 따른 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="376"/>
        <source>State timeline: each service&apos;s state over time</source>
        <translation>상태 타임라인: 시간에 따른 서비스별 상태</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="377"/>
        <source>Dependency view: which service needs which, coloured by state</source>
        <translation>의존성 보기: 서비스 간 의존 관계, 상태별 색상</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="378"/>
        <source>Service tiles</source>
        <translation>서비스 타일</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="379"/>
        <source>Outage Impact Dashboard — wall display</source>
        <translation>장애 영향 대시보드 — 상황판</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="230"/>
        <source>Now · last %1 h</source>
        <translation>현재 · 지난 %1시간</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/windowactions.cpp" line="61"/>
        <source>Import feed files (NDJSON, JSON, CSV, XML, Atom, RSS); you can also drop files on the window</source>
        <translation>피드 파일 가져오기(NDJSON, JSON, CSV, XML, Atom, RSS). 파일을 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="92"/>
        <source>Dark colours for this database&apos;s window (remembered for it)</source>
        <translation>이 데이터베이스 창에 어두운 색 사용(데이터베이스별로 기억)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="116"/>
        <source>How degraded, partial and major states count against availability in this database</source>
        <translation>이 데이터베이스에서 성능 저하, 부분 장애, 주요 장애 상태를 가용성에 어떻게 반영할지</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="198"/>
        <source>Counting: standard</source>
        <translation>계산 방식: 표준</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="198"/>
        <source>Counting: custom (%1)</source>
        <translation>계산 방식: 사용자 지정 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/windowactions.cpp" line="199"/>
        <source>How reported states count in %1, a setting of this database alone: %2 View ▸ Counting method… changes it.</source>
        <translation>%1에서 보고된 상태를 세는 방식(이 데이터베이스만의 설정): %2 보기 ▸ 계산 방식…에서 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="160"/>
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="161"/>
        <source>The timeline database could not be opened:
%1</source>
        <translation>타임라인 데이터베이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="189"/>
        <source>Live sources</source>
        <translation>실시간 소스</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="190"/>
        <source>The live sources could not start:
%1</source>
        <translation>실시간 소스를 시작할 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="207"/>
        <source>no incident &quot;%1&quot; to compare with</source>
        <translation>비교할 장애 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="219"/>
        <source>Screenshot saved to %1</source>
        <translation>스크린샷을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="220"/>
        <source>Could not save the screenshot to %1</source>
        <translation>스크린샷을 %1에 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="288"/>
        <source>Try &apos;outagedash --help&apos;.</source>
        <translation>&apos;outagedash --help&apos;를 실행해 보세요.</translation>
    </message>
</context>
</TS>
