#pragma once

#include "common/result.h"
#include "ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace docket {

// How an account proves who it is. The secret itself never leaves the OS keychain.
enum class AuthMethod {
    OAuthWeb,      // authorization code + PKCE through a loopback redirect
    OAuthDevice,   // GitHub's device flow
    PersonalToken, // GitHub PAT, Jira Data Center PAT
    ApiKey,        // Linear personal API key
    EmailApiToken, // Jira Cloud e-mail + API token
};
QString authMethodName(AuthMethod method);
std::optional<AuthMethod> authMethodFromName(const QString &name);

enum class AccountStatus {
    Connected,
    ReconnectNeeded, // the tracker refused the stored credentials (revoked, invalid_grant)
    Disconnected,    // kept for audit (seed 002's soft disconnect)
};
QString accountStatusName(AccountStatus status);
std::optional<AccountStatus> accountStatusFromName(const QString &name);

// A tracker account of the workspace. Only what is safe to keep in a file: the keychain holds
// the tokens under keys derived from the id (see secretKey).
struct Account {
    QString id; // UUID without braces
    Platform platform = Platform::GitHub;
    QUrl apiBaseUrl; // where API calls go: https://api.github.com, https://HOST/api/v3, ...
    AuthMethod method = AuthMethod::PersonalToken;
    QString accountName; // the login or display name the tracker reported
    QString accountId;   // the tracker's id of that user
    QString email;       // Jira Cloud with an API token signs in with it
    QString cloudId;     // Jira Cloud through OAuth: the chosen site
    QString siteName;
    QUrl siteUrl;
    QStringList scopes;
    AccountStatus status = AccountStatus::Connected;
    bool isActive = true;
    std::optional<QDateTime> tokenExpiresAt; // access token expiry, when the tracker gave one
    QDateTime connectedAt;
    std::optional<QDateTime> disconnectedAt;

    bool operator==(const Account &) const = default;
};

enum class SecretKind { AccessToken, RefreshToken };
// The keychain key of one of an account's secrets.
QString secretKey(const QString &accountId, SecretKind kind);

// For the activity log and `docket auth status --json`; holds nothing secret.
QJsonObject accountToJson(const Account &account);

// A tracker's base URL must be https; plain http is accepted only on loopback addresses
// (127.0.0.1, ::1, localhost), which local emulators and tests use.
Status checkBaseUrl(const QUrl &url);

// The account's API base as it should be called: no trailing slash.
QUrl normalizedBaseUrl(QUrl url);

} // namespace docket
