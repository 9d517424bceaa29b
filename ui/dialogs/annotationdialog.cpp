// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/annotationdialog.h"

#include "common/timeaxisticks.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

AnnotationDialog::AnnotationDialog(QWidget *parent)
    : QDialog(parent)
    , m_time(new QDateTimeEdit(this))
    , m_zoneLabel(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_author(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add note"));
    // Qt 6.4's QDateTimeEdit cannot hold a QTimeZone (Qt::TimeZone is "unsupported" there)
    // and LocalTime would follow this machine's zone and its DST gaps. So the edit carries
    // the incident's wall-clock time under Qt::UTC, a zone without gaps, and annotation()
    // reads it back in the incident's zone.
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setCalendarPopup(true);
    m_time->setToolTip(tr("When the note applies, in the incident's time zone"));
    m_time->setAccessibleName(tr("Note time"));
    m_zoneLabel->setToolTip(tr("The incident's time zone"));
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time, 1);
    timeRow->addWidget(m_zoneLabel);

    m_service->addItem(tr("none (the whole incident)"), QString());
    m_service->setToolTip(tr("The service the note is about, if any"));
    m_service->setAccessibleName(tr("Service"));
    m_text->setPlaceholderText(tr("What happened, what was decided, what was learnt"));
    m_text->setToolTip(tr("The note (required)"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    m_author->setPlaceholderText(tr("Who says so"));
    m_author->setToolTip(tr("Who wrote the note"));
    m_author->setAccessibleName(tr("Author"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Time:"), timeRow);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(tr("&Author:"), m_author);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(timeRow)))
        label->setBuddy(m_time);
    auto *layout = new QVBoxLayout(this);
    m_error->setObjectName(QStringLiteral("noteError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AnnotationDialog::updateOk);
    resize(520, 340);
    // The note is what the user came to write; the time is usually right already.
    m_text->setFocus();
    setTimeZone(m_zone);
    updateOk();
}

void AnnotationDialog::setServices(const QList<QPair<QString, QString>> &services)
{
    const QString current = m_service->currentData().toString();
    while (m_service->count() > 1)
        m_service->removeItem(1);
    for (const auto &[key, name] : services)
        m_service->addItem(name, key);
    m_service->setCurrentIndex(qMax(0, m_service->findData(current)));
}

void AnnotationDialog::setTimeZone(const QTimeZone &zone)
{
    // The same instant, shown in the new zone.
    const TimeMs shown = annotation().time;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    showTime(shown);
}

void AnnotationDialog::showTime(TimeMs time)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(time, m_zone);
    m_time->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    const QString abbreviation = TimeAxisTicks::zoneAbbreviation(m_zone, time);
    const QString id = QString::fromUtf8(m_zone.id());
    m_zoneLabel->setText(abbreviation == id ? id : QStringLiteral("%1 (%2)").arg(abbreviation, id));
}

void AnnotationDialog::setAnnotation(const Annotation &annotation)
{
    m_annotation = annotation;
    setWindowTitle(annotation.id ? tr("Edit note") : tr("Add note"));
    showTime(annotation.time);
    int service = m_service->findData(annotation.service);
    if (service < 0 && !annotation.service.isEmpty()) {
        // A note about a service outside this incident keeps its service rather than losing it.
        m_service->addItem(annotation.service, annotation.service);
        service = m_service->count() - 1;
    }
    m_service->setCurrentIndex(qMax(0, service));
    m_text->setPlainText(annotation.text);
    m_author->setText(annotation.author);
    updateOk();
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_annotation;
    const QDateTime shown = m_time->dateTime();
    a.time = QDateTime(shown.date(), shown.time(), m_zone).toMSecsSinceEpoch();
    a.service = m_service->currentData().toString();
    a.text = m_text->toPlainText().trimmed();
    a.author = m_author->text().trimmed();
    return a;
}

void AnnotationDialog::accept()
{
    m_saved = annotation();
    if (m_saver) {
        QString error;
        if (!m_saver(m_saved, &error)) {
            m_error->setText(tr("The note could not be stored: %1\nIt is still here: copy it, or try again once "
                                "the database can be written.")
                                 .arg(error));
            m_error->show();
            return;
        }
    }
    m_error->hide();
    m_error->clear();
    QDialog::accept();
}

QString AnnotationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AnnotationDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}
