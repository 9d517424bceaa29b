// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newincidentdialog.h"

#include "domain/incidentwords.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

using namespace Qt::StringLiterals;

NewIncidentDialog::NewIncidentDialog(TimeMs from, TimeMs to, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    setWindowTitle(tr("New incident from selection"));
    m_title->setPlaceholderText(tr("e.g. Login failures after the 14:00 deploy"));
    // The stored words stay English (they are data); the shown ones are translated.
    QStringList severities = IncidentWords::severities();
    std::reverse(severities.begin(), severities.end()); // the worst first
    for (const QString &word : std::as_const(severities))
        m_severity->addItem(IncidentWords::severityName(word), word);
    m_severity->setCurrentIndex(1);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        // Qt 6.4's editor knows no time zones: it shows the zone's wall-clock time as a plain one.
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
        edit->setToolTip(tr("In %1").arg(QString::fromUtf8(zone.id())));
    }
    setRange(from, to);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    connect(m_title, &QLineEdit::textChanged, this, &NewIncidentDialog::validate);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &NewIncidentDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &NewIncidentDialog::validate);
    validate();
}

void NewIncidentDialog::setRange(TimeMs from, TimeMs to)
{
    const auto wall = [this](TimeMs t) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, m_zone);
        return QDateTime(at.date(), at.time(), Qt::UTC);
    };
    m_from->setDateTime(wall(from));
    m_to->setDateTime(wall(to));
}

void NewIncidentDialog::validate()
{
    // A title and a range that runs forwards: nothing else can be wrong.
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty() && m_from->dateTime() < m_to->dateTime());
}

Incident NewIncidentDialog::incident() const
{
    Incident i;
    i.title = m_title->text().trimmed();
    i.severity = m_severity->currentData().toString();
    const auto inZone = [this](const QDateTimeEdit *edit) {
        return QDateTime(edit->date(), edit->time(), m_zone).toMSecsSinceEpoch();
    };
    i.began = inZone(m_from);
    i.resolved = inZone(m_to);
    i.timeZone = QString::fromUtf8(m_zone.id());
    i.source = u"outagedash:selection"_s;
    const QByteArray seed = i.title.toUtf8() + '@' + QByteArray::number(*i.began);
    i.id
        = u"manual-"_s + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(10));
    return i;
}
