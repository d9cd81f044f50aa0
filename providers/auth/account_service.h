#pragma once

#include "domain/account.h"
#include "oauth_types.h"
#include "tracker_identity.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace docket {

class TokenStore;
class Workspace;

// Connects, uses and disconnects the workspace's tracker accounts. A credential is tried against
// the tracker before anything is kept; the secret goes to the token store (the OS keychain) and
// only the account's public facts go to the workspace. Tokens are refreshed ahead of expiry and
// once after a 401; a grant the tracker no longer honours marks the account "reconnect needed"
// and nothing retries it. Every answer arrives later, through a callback.
class AccountService : public QObject {
    Q_OBJECT
public:
    AccountService(Workspace &workspace, TokenStore &tokens, QNetworkAccessManager *network, QString actor,
                   QObject *parent = nullptr);
    ~AccountService() override;

    using AccountDone = std::function<void(Result<Account>)>;
    using TokenDone = std::function<void(Result<QString>)>;
    using SiteChooser = std::function<std::optional<JiraSite>(const QList<JiraSite> &)>;

    // A personal token, API key or Jira e-mail + API token. `draft` names the platform, the API
    // base URL, the method (and for Jira Cloud the e-mail).
    void connectWithSecret(Account draft, const QString &secret, AccountDone done);
    // Tokens from an OAuth login. For Jira Cloud the token's sites are listed and, when there are
    // several, `chooseSite` picks one (no value cancels).
    void connectWithOAuth(Account draft, const OAuthTokens &tokens, SiteChooser chooseSite, AccountDone done);
    // Revokes where the tracker lets a desktop app do so, deletes the keychain entries, and keeps
    // the account as an inactive audit row with its disconnect time.
    void disconnect(const QString &accountId, std::function<void(Status)> done);

    // A token to call the tracker with, refreshed first when it expires within a minute.
    void accessToken(const QString &accountId, TokenDone done);
    // The tracker answered 401 to `rejectedToken`: refresh once and hand back the new token, or
    // mark the account "reconnect needed".
    void recoverFromUnauthorized(const QString &accountId, const QString &rejectedToken, TokenDone done);

    // Asks the tracker who the stored credential belongs to, as a real call would: with a token
    // refreshed when due, and one refresh after a 401. Tells whether the account still works.
    void verify(const QString &accountId, std::function<void(Result<TrackerIdentity>)> done);

    static constexpr int kRefreshLeadSeconds = 60;

private:
    void storeAndSave(Account account, const OAuthTokens &tokens, AccountDone done);
    void refresh(const Account &account, TokenDone done);
    void finishRefresh(const QString &accountId, const Result<QString> &token);
    void markReconnectNeeded(Account account);

    Workspace &m_workspace;
    TokenStore &m_tokens;
    QNetworkAccessManager *m_network;
    QString m_actor;
    // One refresh per account at a time; everyone who asks meanwhile waits for its answer.
    QHash<QString, QList<TokenDone>> m_refreshWaiters;
};

} // namespace docket
