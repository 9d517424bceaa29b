// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StoreLocation", text);
}
// libpq keywords that may follow '?': the connection's own settings, none that could
// carry a password or run commands on connect.
bool allowedOption(const QString &key)
{
    static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("passfile"), QStringLiteral("gssencmode")};
    return allowed.contains(key);
}
} // namespace

bool StoreLocation::isPostgres(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

bool StoreLocation::parse(const QString &text, StoreLocation &out, QString *error)
{
    out = StoreLocation();
    if (!isPostgres(text)) {
        out.m_kind = Kind::Sqlite;
        out.m_path = text.startsWith(u"sqlite:") ? text.mid(7) : text;
        if (out.m_path.isEmpty()) {
            if (error)
                *error = tr("no database file given");
            return false;
        }
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("%1: %2").arg(
                url.isValid() ? url.toString(QUrl::RemovePassword | QUrl::RemoveQuery) : tr("the PostgreSQL location"),
                reason);
        return false;
    };
    if (!url.isValid())
        return fail(tr("not a valid URL (%1)").arg(url.errorString()));
    if (!url.password().isEmpty())
        return fail(tr("a password in the location would be visible to every user of this machine; "
                       "put it in PGPASSWORD or ~/.pgpass instead"));
    out.m_kind = Kind::Postgres;
    out.m_text = text;
    out.m_host = url.host();
    out.m_port = url.port(-1);
    out.m_user = url.userName();
    out.m_database = url.path().mid(1);
    if (out.m_database.isEmpty() || out.m_database.contains(u'/'))
        return fail(tr("name the database after the host, e.g. postgresql://noc@db.example:5432/outagedash"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"password")
            return fail(tr("a password in the location would be visible to every user of this machine; "
                           "put it in PGPASSWORD or ~/.pgpass instead"));
        if (!allowedOption(key))
            return fail(tr("unknown connection option \"%1\"").arg(key));
        if (value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
            return fail(tr("the value of \"%1\" may not contain spaces, quotes or semicolons").arg(key));
        options.append(key + u'=' + value);
    }
    out.m_options = options.join(u';');
    return true;
}

QString StoreLocation::display() const
{
    // Reopening from display() must reach the same database (ImportController, the live
    // feeds), and a location with a password never parses: the text as typed is both.
    return m_kind == Kind::Sqlite ? m_path : m_text;
}
