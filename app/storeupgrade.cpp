// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeupgrade.h"

#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QProgressDialog>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

bool StoreUpgrade::bringUpToDate(const QString &location, QString *error)
{
    QProgressDialog dialog;
    dialog.setWindowTitle(QCoreApplication::translate("StoreUpgrade", "Outage Impact Dashboard"));
    dialog.setLabelText(QCoreApplication::translate("StoreUpgrade", "Opening the timeline store…\n\n%1").arg(location));
    dialog.setRange(0, 0); // how long SQLite takes is not known in advance: a busy bar
    dialog.setCancelButton(nullptr); // a migration is one transaction: stopped, it is all undone
    dialog.setMinimumWidth(480);
    dialog.reset(); // QProgressDialog shows itself on construction otherwise: only the timer shows it
    bool ok = false;
    QString failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        // Told on this thread: the words go to the dialog on its own.
        // The migration's own description is the store's, in English: the dialog gives its number.
        TimelineStore::setMigrationNotice([&dialog, location](const QString &, int version, const QString &) {
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, location, version] {
                    dialog.setLabelText(QCoreApplication::translate("StoreUpgrade",
                        "Bringing the timeline store up to date (schema version %1).\n"
                        "This happens once; a large store takes a minute or so.\n\n%2")
                                            .arg(version)
                                            .arg(location));
                },
                Qt::QueuedConnection);
        });
        TimelineStore store(QStringLiteral("upgrade"));
        ok = store.open(location);
        failure = store.lastError();
        TimelineStore::setMigrationNotice({});
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer show;
    show.setSingleShot(true);
    QObject::connect(&show, &QTimer::timeout, &dialog, &QProgressDialog::show);
    show.start(500);
    worker->start();
    loop.exec();
    worker->wait();
    if (!ok && error)
        *error = failure;
    return ok;
}

void StoreUpgrade::reportOnTerminal()
{
    TimelineStore::setMigrationNotice([](const QString &location, int version, const QString &description) {
        QTextStream(stderr) << "outagedash: "
                            << QCoreApplication::translate("StoreUpgrade",
                                   "bringing %1 up to schema version %2 (%3); this happens once, and a "
                                   "large store takes a minute or so")
                                   .arg(location)
                                   .arg(version)
                                   .arg(description)
                            << Qt::endl;
    });
}
