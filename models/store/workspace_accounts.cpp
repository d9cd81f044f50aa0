// Workspace: the tracker accounts table (schema 5).
#include "domain/json.h"
#include "sql.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Workspace)
};

const QString kAccountColumns =
    QStringLiteral("id, platform, api_base_url, auth_method, account_name, account_id, email, cloud_id, "
                   "site_name, site_url, "
                   "scopes_json, status, is_active, token_expires_at, connected_at, disconnected_at");

QVariant optionalTime(const std::optional<QDateTime> &time)
{
    return time ? QVariant(isoTimestamp(*time)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDateTime> parseOptionalTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return parseIsoTimestamp(value.toString());
}

Account accountFromQuery(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toString();
    account.platform = platformFromName(query.value(1).toString()).value_or(Platform::GitHub);
    account.apiBaseUrl = QUrl(query.value(2).toString());
    account.method = authMethodFromName(query.value(3).toString()).value_or(AuthMethod::PersonalToken);
    account.accountName = query.value(4).toString();
    account.accountId = query.value(5).toString();
    account.email = query.value(6).toString();
    account.cloudId = query.value(7).toString();
    account.siteName = query.value(8).toString();
    account.siteUrl = QUrl(query.value(9).toString());
    for (const QJsonValue &scope : QJsonDocument::fromJson(query.value(10).toString().toUtf8()).array())
        account.scopes.append(scope.toString());
    account.status = accountStatusFromName(query.value(11).toString()).value_or(AccountStatus::Disconnected);
    account.isActive = query.value(12).toBool();
    account.tokenExpiresAt = parseOptionalTime(query.value(13));
    account.connectedAt = parseIsoTimestamp(query.value(14).toString());
    account.disconnectedAt = parseOptionalTime(query.value(15));
    return account;
}

} // namespace

Status Workspace::saveAccount(const Account &account, const QString &actor)
{
    if (Status url = checkBaseUrl(account.apiBaseUrl); !url)
        return url;
    const QString where = Text::tr("saving the %1 account").arg(platformName(account.platform));
    auto before = this->account(account.id);
    if (!before)
        return before.error();
    return transaction([&]() -> Status {
        const QVariantList values{
            account.id,
            platformName(account.platform),
            account.apiBaseUrl.toString(),
            authMethodName(account.method),
            account.accountName,
            account.accountId,
            account.email,
            account.cloudId,
            account.siteName,
            account.siteUrl.toString(),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(account.scopes)).toJson(QJsonDocument::Compact)),
            accountStatusName(account.status),
            int(account.isActive),
            optionalTime(account.tokenExpiresAt),
            isoTimestamp(account.connectedAt.isValid() ? account.connectedAt
                                                       : QDateTime::currentDateTimeUtc()),
            optionalTime(account.disconnectedAt),
        };
        auto saved =
            store::run(database(),
                       QStringLiteral("INSERT OR REPLACE INTO accounts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kAccountColumns),
                       values, where);
        if (!saved)
            return saved.error();
        QString action = QStringLiteral("updated");
        if (!before.value())
            action = QStringLiteral("connected");
        else if (before.value()->isActive && !account.isActive)
            action = QStringLiteral("disconnected");
        return logActivity(actor, QStringLiteral("account"), account.id, action,
                           before.value() ? QJsonValue(accountToJson(*before.value())) : QJsonValue(),
                           accountToJson(account));
    });
}

Result<QList<Account>> Workspace::accounts(bool includeDisconnected) const
{
    const QString filter = includeDisconnected ? QString() : QStringLiteral(" WHERE is_active = 1");
    auto ran = store::run(
        database(),
        QStringLiteral("SELECT %1 FROM accounts%2 ORDER BY connected_at").arg(kAccountColumns, filter), {},
        Text::tr("reading the accounts"));
    if (!ran)
        return ran.error();
    QList<Account> accounts;
    while (ran.value().next())
        accounts.append(accountFromQuery(ran.value()));
    return accounts;
}

Result<std::optional<Account>> Workspace::account(const QString &accountId) const
{
    auto ran =
        store::run(database(), QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountColumns),
                   {accountId}, Text::tr("reading the account %1").arg(accountId));
    if (!ran)
        return ran.error();
    if (!ran.value().next())
        return std::optional<Account>();
    return std::optional<Account>(accountFromQuery(ran.value()));
}

} // namespace docket
