// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/incidentwords.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Issue #22, point 6: every severity and update status a feed uses is shown as a word of the
// interface's language, never as the feed's raw key ("심각도 critical").
class TstIncidentWords : public QObject {
    Q_OBJECT

    static QStringList statuses()
    {
        return {u"investigating"_qs, u"identified"_qs, u"monitoring"_qs, u"resolved"_qs, u"postmortem"_qs, u"update"_qs,
            u"scheduled"_qs, u"in_progress"_qs, u"verifying"_qs, u"completed"_qs, u"firing"_qs};
    }

private slots:
    void englishWordsAreCapitalisedAndUnknownOnesKept()
    {
        QCOMPARE(IncidentWords::severityName(u"critical"_qs), u"Critical"_qs);
        QCOMPARE(IncidentWords::severityName(u"MAJOR"_qs), u"Major"_qs);
        QCOMPARE(IncidentWords::updateStatusName(u"in_progress"_qs), u"In progress"_qs);
        QCOMPARE(IncidentWords::updateStatusName(u"Monitoring"_qs), u"Monitoring"_qs);
        QCOMPARE(IncidentWords::updateStatusName(u"escalated-to-vendor"_qs), u"escalated-to-vendor"_qs);
        QCOMPARE(IncidentWords::severityName(u"sev2"_qs), u"sev2"_qs);
        for (const QString &s : statuses())
            QVERIFY2(IncidentWords::updateStatusName(s).at(0).isUpper(), qPrintable(s));
    }

    void everyWordHasItsKorean()
    {
        QTranslator korean;
        QVERIFY(korean.load(u":/i18n/outagedash_ko.qm"_qs));
        QCoreApplication::installTranslator(&korean);
        for (const QString &s : IncidentWords::severities())
            QVERIFY2(IncidentWords::severityName(s) != QString(s.at(0).toUpper() + s.mid(1)), qPrintable(s));
        for (const QString &s : statuses()) {
            const QString shown = IncidentWords::updateStatusName(s);
            QVERIFY2(shown.at(0).unicode() >= 0xAC00 && shown.at(0).unicode() <= 0xD7A3, qPrintable(s + u' ' + shown));
        }
        QCoreApplication::removeTranslator(&korean);
    }
};

QTEST_GUILESS_MAIN(TstIncidentWords)
#include "tst_incidentwords.moc"
