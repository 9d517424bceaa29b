<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="17"/>
        <source>import FILE…: take feed files into the database</source>
        <translation>import FILE…: 피드 파일을 데이터베이스로 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="18"/>
        <source>report --out FILE.pdf: write the postmortem report</source>
        <translation>report --out FILE.pdf: 포스트모템 보고서 작성</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="19"/>
        <source>summary [--json]: print the figures per service</source>
        <translation>summary [--json]: 서비스별 수치 출력</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="20"/>
        <source>demo: write the embedded Kakao 2022 demo into the database</source>
        <translation>demo: 내장된 카카오 2022 데모를 데이터베이스에 기록</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="30"/>
        <source>Outage Impact Dashboard: how many people each service is failing, through its dependencies, over the whole recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="35"/>
        <source>Timeline database (SQLite file; default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="36"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="37"/>
        <source>Start as a full-screen wall display (dark theme, no menus; Esc leaves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="38"/>
        <source>Colour theme: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="38"/>
        <location filename="../../app/commandline.cpp" line="43"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="39"/>
        <source>Language of the interface and reports: ko or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="40"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="41"/>
        <source>Save a PNG of the dashboard window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="41"/>
        <location filename="../../app/commandline.cpp" line="45"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="42"/>
        <source>Feed format for import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="44"/>
        <source>Incident id for report and summary (default: the main one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="44"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="45"/>
        <source>Output file of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="46"/>
        <source>summary: print JSON (times as epoch seconds, durations in seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="47"/>
        <source>Report paper size: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="47"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="50"/>
        <source>One of: import, report, summary, demo. Without one, the dashboard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="52"/>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="92"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="95"/>
        <source>Exit status: 0 done, 1 error, 2 usage error, 3 done but some records were rejected.</source>
        <translation>종료 상태: 0 완료, 1 오류, 2 사용법 오류, 3 완료했으나 일부 레코드가 거부됨.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="121"/>
        <source>unknown command &quot;%1&quot; (commands: import, report, summary, demo)</source>
        <translation>알 수 없는 명령 &quot;%1&quot; (명령: import, report, summary, demo)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="137"/>
        <source>unknown format &quot;%1&quot; (formats: %2)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (형식: %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="139"/>
        <source>unknown theme &quot;%1&quot; (themes: light, dark)</source>
        <translation>알 수 없는 테마 &quot;%1&quot; (테마: light, dark)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="141"/>
        <source>unknown language &quot;%1&quot; (languages: ko, en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="143"/>
        <source>unknown paper size &quot;%1&quot; (sizes: a4, letter)</source>
        <translation>알 수 없는 용지 크기 &quot;%1&quot; (크기: a4, letter)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="145"/>
        <source>import needs at least one file</source>
        <translation>import에는 파일이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="147"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상치 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="149"/>
        <source>report needs --out FILE.pdf</source>
        <translation>report에는 --out FILE.pdf가 필요합니다</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/commands.cpp" line="47"/>
        <source>%1 holds no data: import a feed, or run: outagedash demo --db %1</source>
        <translation>%1에 데이터가 없습니다: 피드를 가져오거나 다음을 실행하세요: outagedash demo --db %1</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="57"/>
        <source>no incident &quot;%1&quot; in %2 (incidents: %3)</source>
        <translation>%2에 인시던트 &quot;%1&quot;이(가) 없습니다 (인시던트: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="74"/>
        <source>SQLite unavailable</source>
        <translation>SQLite를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="89"/>
        <source>%1:%2: rejected (byte %3, field &quot;%4&quot;): %5</source>
        <translation>%1:%2: 거부됨 (바이트 %3, 필드 &quot;%4&quot;): %5</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="92"/>
        <source>%1: %2 more rejected records are in the rejects table</source>
        <translation>%1: 나머지 거부된 레코드 %2건은 rejects 테이블에 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="99"/>
        <source>%1: %2 records, %3 new, %4 already stored, %5 rejected</source>
        <translation>%1: 레코드 %2건, 신규 %3건, 기존 저장 %4건, 거부 %5건</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="118"/>
        <source>not reached</source>
        <translation>미도달</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="129"/>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="129"/>
        <source>users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="129"/>
        <source>peak</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="129"/>
        <source>people-hours</source>
        <translation>인시</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="129"/>
        <source>first partial</source>
        <translation>첫 부분 복구</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="129"/>
        <source>full recovery</source>
        <translation>완전 복구</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="137"/>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="154"/>
        <source>The Kakao 2022 demo is in %1</source>
        <translation>카카오 2022 데모가 %1에 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/commands.cpp" line="172"/>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>CountingMethod</name>
    <message>
        <location filename="../../models/countingmethod.cpp" line="21"/>
        <source>People affected = users × (1 − availability). Measured availability samples are used where present; otherwise a reported state counts as: degraded %1 % affected, partial outage %2 %, major outage %3 %, maintenance %4 %.</source>
        <translation>영향 인원 = 사용자 수 × (1 − 가용성). 측정된 가용성 샘플이 있으면 이를 사용하고, 없으면 보고된 상태를 다음과 같이 계산합니다: 성능 저하 %1% 영향, 부분 장애 %2%, 주요 장애 %3%, 점검 %4%.</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="29"/>
        <source>An unknown state keeps the last known availability.</source>
        <translation>알 수 없음 상태에서는 마지막으로 확인된 가용성을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="30"/>
        <source>An unknown state counts as %1 % affected.</source>
        <translation>알 수 없음 상태는 %1% 영향으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../models/countingmethod.cpp" line="32"/>
        <source>A dependency&apos;s failure reaches its share of the dependent&apos;s users: effective availability = own × Π(1 − share × (1 − dependency&apos;s effective availability)).</source>
        <translation>의존성의 장애는 의존하는 서비스 사용자 중 해당 비율만큼에 영향을 줍니다: 실효 가용성 = 자체 가용성 × Π(1 − 비율 × (1 − 의존성의 실효 가용성)).</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="40"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="40"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="41"/>
        <location filename="../../ui/importcontroller.cpp" line="87"/>
        <location filename="../../ui/importcontroller.cpp" line="89"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="53"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="62"/>
        <source>%1: import failed: %2</source>
        <translation>%1: 가져오기 실패: %2</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="65"/>
        <source>%1: cancelled after %2 records (those are kept)</source>
        <translation>%1: 레코드 %2건 처리 후 취소됨 (처리된 레코드는 유지됨)</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="66"/>
        <source>%1: %2 records, %3 new, %4 already stored, %5 rejected</source>
        <translation>%1: 레코드 %2건, 신규 %3건, 기존 저장 %4건, 거부 %5건</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="70"/>
        <source>  line %1, field &quot;%2&quot;: %3</source>
        <translation>  %1행, 필드 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/importcontroller.cpp" line="73"/>
        <source>  … and %1 more rejected records, kept in the rejects table</source>
        <translation>  … 외 거부된 레코드 %1건은 rejects 테이블에 보관됨</translation>
    </message>
</context>
<context>
    <name>IncidentHeaderWidget</name>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="19"/>
        <source>Demo: the Kakao outage of 15–20 October 2022, built from the public record. Availability curves are derived, not measured. Import your own feeds with File ▸ Import.</source>
        <translation>데모: 공개 기록을 바탕으로 구성한 2022년 10월 15–20일 카카오 장애입니다. 가용성 곡선은 측정값이 아닌 추정값입니다. 자체 피드는 파일 ▸ 가져오기로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="57"/>
        <source>All recorded data</source>
        <translation>기록된 전체 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="70"/>
        <source>%1 people affected across all services</source>
        <translation>전체 서비스 영향 인원 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="73"/>
        <source>As at %1, %2 after the outage began</source>
        <translation>%1 기준, 장애 발생 %2 후</translation>
    </message>
    <message>
        <location filename="../../ui/incidentheaderwidget.cpp" line="74"/>
        <source>As at %1, before the outage began</source>
        <translation>%1 기준, 장애 발생 전</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="41"/>
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="58"/>
        <source>Incident</source>
        <translation>인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="61"/>
        <source>&amp;Incident: </source>
        <translation>인시던트(&amp;I): </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="65"/>
        <source>The incident whose figures the dashboard shows</source>
        <translation>대시보드에 수치를 표시할 인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="88"/>
        <source>Showing the embedded demo dataset (%1)</source>
        <translation>내장 데모 데이터 세트 표시 중 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="97"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="98"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="100"/>
        <source>Import feed files (NDJSON); you can also drop files on the window</source>
        <translation>피드 파일(NDJSON) 가져오기. 파일을 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="101"/>
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="103"/>
        <source>Write the postmortem report of this incident as a PDF</source>
        <translation>이 인시던트의 포스트모템 보고서를 PDF로 작성</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Dark theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Wall display</source>
        <translation>상황판 모드(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="117"/>
        <source>Full screen for a wall display: dark theme, no menus; Esc leaves</source>
        <translation>상황판용 전체 화면: 어두운 테마, 메뉴 숨김. Esc로 종료</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Filter timeline</source>
        <translation>타임라인 필터(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="121"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="122"/>
        <source>&amp;About Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="123"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197"/>
        <source>Import feed files</source>
        <translation>피드 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197"/>
        <source>Feed files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>피드 파일 (*.ndjson *.jsonl *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207"/>
        <location filename="../../ui/mainwindow.cpp" line="220"/>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="220"/>
        <source>The report could not be written: %1</source>
        <translation>보고서를 작성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="227"/>
        <source>About Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드 정보</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="228"/>
        <source>&lt;h3&gt;Outage Impact Dashboard %1&lt;/h3&gt;&lt;p&gt;Shows how many people each service is failing, through its dependencies, over the whole recovery.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;장애 영향 대시보드 %1&lt;/h3&gt;&lt;p&gt;각 서비스의 장애가 의존성을 통한 영향까지 포함해 복구 전 과정에 걸쳐 얼마나 많은 사람에게 영향을 주는지 보여 줍니다.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;&lt;p&gt;데이터베이스: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecoveryChart</name>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="29"/>
        <source>Time (%1)</source>
        <translation>시각 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="47"/>
        <source>People affected by service</source>
        <translation>서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="61"/>
        <source>Millions of people</source>
        <translation>인원 (백만 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="62"/>
        <source>Thousands of people</source>
        <translation>인원 (천 명)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartbuilder.cpp" line="63"/>
        <source>People affected</source>
        <translation>영향 인원</translation>
    </message>
</context>
<context>
    <name>RecoveryChartView</name>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="14"/>
        <source>Recovery chart: people affected by service over time</source>
        <translation>복구 차트: 시간에 따른 서비스별 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/charts/recoverychartview.cpp" line="15"/>
        <source>Drag to zoom into a time range; right-click or Esc to zoom out.</source>
        <translation>드래그하여 시간 범위를 확대합니다. 오른쪽 클릭 또는 Esc로 축소합니다.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../../ui/reportpagewriter.cpp" line="99"/>
        <source>page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <location filename="../../ui/reportpagewriter.cpp" line="100"/>
        <source>page %1</source>
        <translation>%1 페이지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="82"/>
        <location filename="../../ui/reportrenderer.cpp" line="95"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>보고서를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="91"/>
        <source>Cannot draw the report into %1.</source>
        <translation>보고서를 %1에 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="114"/>
        <source>Postmortem report</source>
        <translation>포스트모템 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="117"/>
        <source>Generated %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="118"/>
        <source>Generated %1 by %2</source>
        <translation>생성: %1, 작성자: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="142"/>
        <location filename="../../ui/reportrenderer.cpp" line="265"/>
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="167"/>
        <source>POSTMORTEM REPORT</source>
        <translation>포스트모템 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="187"/>
        <source>severity %1</source>
        <translation>심각도 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="188"/>
        <source>Incident</source>
        <translation>인시던트</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="191"/>
        <location filename="../../ui/reportrenderer.cpp" line="194"/>
        <source>Window</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="192"/>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="194"/>
        <source>%1 – not resolved</source>
        <translation>%1 – 미해결</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="198"/>
        <source>Detected</source>
        <translation>탐지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="200"/>
        <source>Mitigated</source>
        <translation>완화</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="201"/>
        <source>Figures over</source>
        <translation>집계 기간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="203"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="204"/>
        <source>Generated at</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="206"/>
        <source>Generated by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="211"/>
        <source>Demo dataset: derived curves. The figures are reconstructed from the public record and the stated assumptions, not measured.</source>
        <translation>데모 데이터 세트: 추정 곡선. 수치는 측정값이 아니라 공개 기록과 명시된 가정을 바탕으로 재구성한 것입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="216"/>
        <location filename="../../ui/reportrenderer.cpp" line="419"/>
        <source>What happened</source>
        <translation>발생 경위</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="224"/>
        <source>Impact by service</source>
        <translation>서비스별 영향</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="226"/>
        <source>there are no services in the window</source>
        <translation>해당 기간에 서비스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="228"/>
        <source>The figures could not be computed: %1</source>
        <translation>수치를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="238"/>
        <source>Peak people affected (sum over services)</source>
        <translation>최대 영향 인원 (서비스 합계)</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="239"/>
        <location filename="../../ui/reportrenderer.cpp" line="249"/>
        <source>People-hours lost</source>
        <translation>손실 인시</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="240"/>
        <source>Time to full recovery</source>
        <translation>완전 복구까지 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="246"/>
        <location filename="../../ui/reportrenderer.cpp" line="345"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="247"/>
        <location filename="../../ui/reportrenderer.cpp" line="346"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="248"/>
        <source>Peak affected</source>
        <translation>최대 영향</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="250"/>
        <source>To first partial recovery</source>
        <translation>첫 부분 복구까지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="251"/>
        <source>To full recovery</source>
        <translation>완전 복구까지</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="272"/>
        <source>Durations from %1; %2: not reached in the window. Totals add the services up, so a person using several is counted in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations are counted from %1. %2 means not reached within the window. The total&apos;s peak is the highest simultaneous sum over services, so a person using several services is counted once for each.</source>
        <translation type="vanished">소요 시간은 %1부터 계산합니다. %2 표시는 기간 내에 도달하지 않았음을 뜻합니다. 합계의 최댓값은 서비스별 동시 합계 중 가장 큰 값이므로, 여러 서비스를 사용하는 사람은 서비스마다 한 번씩 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="284"/>
        <source>People affected over time</source>
        <translation>시간에 따른 영향 인원</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="297"/>
        <source>The chart needs a QApplication and was left out.</source>
        <translation>차트에는 QApplication이 필요하므로 생략했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="339"/>
        <source>Counting method</source>
        <translation>집계 방식</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="347"/>
        <source>Where the user count comes from</source>
        <translation>사용자 수 출처</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="361"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="386"/>
        <source>Services: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="389"/>
        <source>derived</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="400"/>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="403"/>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="411"/>
        <source>No updates or notes were recorded for this incident.</source>
        <translation>이 인시던트에 기록된 업데이트나 메모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="417"/>
        <source>Time (%1)</source>
        <translation>시각 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reportrenderer.cpp" line="418"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <location filename="../../models/servicestate.cpp" line="41"/>
        <source>Operational</source>
        <translation>정상 운영</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="42"/>
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="43"/>
        <source>Degraded</source>
        <translation>성능 저하</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="44"/>
        <source>Partial outage</source>
        <translation>부분 장애</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="45"/>
        <source>Major outage</source>
        <translation>주요 장애</translation>
    </message>
    <message>
        <location filename="../../models/servicestate.cpp" line="48"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>StatusTileWidget</name>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="73"/>
        <source>people affected of %1 users</source>
        <translation>영향 인원 (전체 사용자 %1명)</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="75"/>
        <source>%1 through dependencies</source>
        <translation>의존성을 통해 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="77"/>
        <source>%1 since the outage began</source>
        <translation>장애 발생 후 %1</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="78"/>
        <source>before the outage</source>
        <translation>장애 발생 전</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="80"/>
        <source>derived curve</source>
        <translation>추정 곡선</translation>
    </message>
    <message>
        <location filename="../../ui/statustilewidget.cpp" line="86"/>
        <source>%1: %2, %3 people affected</source>
        <translation>%1: %2, 영향 인원 %3명</translation>
    </message>
</context>
<context>
    <name>TimeCursorWidget</name>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="16"/>
        <source>&amp;As at:</source>
        <translation>기준 시각(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="23"/>
        <source>Move through the incident: the tiles and headline show that moment (arrow keys: 10 min, Page Up/Down: 1 h)</source>
        <translation>인시던트 시점 이동: 타일과 헤드라인에 해당 시점의 수치가 표시됩니다 (화살표 키: 10분, Page Up/Down: 1시간)</translation>
    </message>
    <message>
        <location filename="../../ui/timecursorwidget.cpp" line="25"/>
        <source>Time cursor</source>
        <translation>시간 커서</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="51"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="52"/>
        <source>State</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="53"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="74"/>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="76"/>
        <source>%1 (derived)</source>
        <translation>%1 (추정)</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="111"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="112"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="113"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="114"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="115"/>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../../models/timelinemodel.cpp" line="116"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timelineview.cpp" line="20"/>
        <source>Filter events (all words must match)…</source>
        <translation>이벤트 필터 (모든 단어 일치)…</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="22"/>
        <source>Type words to keep only the events that contain all of them (Ctrl+F)</source>
        <translation>단어를 입력하면 그 단어를 모두 포함한 이벤트만 표시합니다 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="23"/>
        <source>Timeline filter</source>
        <translation>타임라인 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="24"/>
        <source>Show only the events of one service</source>
        <translation>한 서비스의 이벤트만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="25"/>
        <source>Service filter</source>
        <translation>서비스 필터</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="27"/>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="42"/>
        <source>Timeline of events</source>
        <translation>이벤트 타임라인</translation>
    </message>
    <message>
        <location filename="../../ui/timelineview.cpp" line="80"/>
        <source>All services</source>
        <translation>전체 서비스</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <location filename="../../models/timestamps.cpp" line="188"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1일 %2시간 %3분</translation>
    </message>
    <message>
        <location filename="../../models/timestamps.cpp" line="190"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../models/timestamps.cpp" line="192"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../models/timestamps.cpp" line="193"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="36"/>
        <source>Outage Impact Dashboard</source>
        <translation>장애 영향 대시보드</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="37"/>
        <source>The timeline database could not be opened:
%1</source>
        <translation>타임라인 데이터베이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="56"/>
        <source>Screenshot saved to %1</source>
        <translation>스크린샷을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="57"/>
        <source>Could not save the screenshot to %1</source>
        <translation>스크린샷을 %1에 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="89"/>
        <source>Try &apos;outagedash --help&apos;.</source>
        <translation>&apos;outagedash --help&apos;를 실행해 보세요.</translation>
    </message>
</context>
</TS>
