#include "account.h"

#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Account)
};

template <typename Enum>
struct Named {
    Enum value;
    const char *name;
};

constexpr Named<AuthMethod> kMethods[] = {
    {AuthMethod::OAuthWeb, "oauth_web"},
    {AuthMethod::OAuthDevice, "oauth_device"},
    {AuthMethod::PersonalToken, "personal_token"},
    {AuthMethod::ApiKey, "api_key"},
    {AuthMethod::EmailApiToken, "email_api_token"},
};
constexpr Named<AccountStatus> kStatuses[] = {
    {AccountStatus::Connected, "connected"},
    {AccountStatus::ReconnectNeeded, "reconnect_needed"},
    {AccountStatus::Disconnected, "disconnected"},
};

bool isLoopback(const QString &host)
{
    // By hand: models/ stays free of QtNetwork (QHostAddress).
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1"))
        return true;
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() != 4 || octets.first() != QLatin1String("127"))
        return false;
    for (const QString &octet : octets) {
        bool number = false;
        const int value = octet.toInt(&number);
        if (!number || value < 0 || value > 255)
            return false;
    }
    return true;
}

} // namespace

QString authMethodName(AuthMethod method)
{
    for (const auto &entry : kMethods)
        if (entry.value == method)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<AuthMethod> authMethodFromName(const QString &name)
{
    for (const auto &entry : kMethods)
        if (name == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

QString accountStatusName(AccountStatus status)
{
    for (const auto &entry : kStatuses)
        if (entry.value == status)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<AccountStatus> accountStatusFromName(const QString &name)
{
    for (const auto &entry : kStatuses)
        if (name == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

QJsonObject accountToJson(const Account &account)
{
    const auto timeOrNull = [](const std::optional<QDateTime> &time) {
        return time ? QJsonValue(isoTimestamp(*time)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("platform"), platformName(account.platform)},
        {QStringLiteral("api_base_url"), account.apiBaseUrl.toString()},
        {QStringLiteral("auth_method"), authMethodName(account.method)},
        {QStringLiteral("account_name"), account.accountName},
        {QStringLiteral("account_id"), account.accountId},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("cloud_id"), account.cloudId},
        {QStringLiteral("site_name"), account.siteName},
        {QStringLiteral("site_url"), account.siteUrl.toString()},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes)},
        {QStringLiteral("status"), accountStatusName(account.status)},
        {QStringLiteral("is_active"), account.isActive},
        {QStringLiteral("token_expires_at"), timeOrNull(account.tokenExpiresAt)},
        {QStringLiteral("connected_at"), isoTimestamp(account.connectedAt)},
        {QStringLiteral("disconnected_at"), timeOrNull(account.disconnectedAt)},
    };
}

QString secretKey(const QString &accountId, SecretKind kind)
{
    return QStringLiteral("account/%1/%2")
        .arg(accountId,
             kind == SecretKind::AccessToken ? QStringLiteral("access") : QStringLiteral("refresh"));
}

Status checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{Text::tr("\"%1\" is not a web address.").arg(url.toString()), {}};
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host()))
        return {};
    return Error{Text::tr("%1 must use https; plain http is only allowed for this computer (127.0.0.1, "
                          "::1, localhost).")
                     .arg(url.toString()),
                 {}};
}

QUrl normalizedBaseUrl(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace docket
