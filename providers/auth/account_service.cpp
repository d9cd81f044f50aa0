#include "account_service.h"

#include "oauth_config.h"
#include "store/workspace.h"
#include "token_refresher.h"
#include "token_store.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

namespace docket {

namespace {

bool isOAuth(AuthMethod method)
{
    return method == AuthMethod::OAuthWeb || method == AuthMethod::OAuthDevice;
}

// Jira Cloud through OAuth calls api.atlassian.com/ex/jira/{cloudId}; everything else keeps its base.
QUrl jiraCloudApiBase(const QUrl &gateway, const QString &cloudId)
{
    QUrl url = gateway;
    url.setPath(QStringLiteral("/ex/jira/") + cloudId);
    return url;
}

// The base the OAuth endpoints derive from: a Jira Cloud account's API base carries its site.
QUrl oauthBaseOf(const Account &account)
{
    if (account.platform != Platform::Jira || account.cloudId.isEmpty())
        return account.apiBaseUrl;
    QUrl gateway = account.apiBaseUrl;
    gateway.setPath(QString());
    return gateway;
}

} // namespace

AccountService::AccountService(Workspace &workspace, TokenStore &tokens, QNetworkAccessManager *network,
                               QString actor, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_tokens(tokens)
    , m_network(network)
    , m_actor(std::move(actor))
{}

AccountService::~AccountService() = default;

void AccountService::connectWithSecret(Account draft, const QString &secret, AccountDone done)
{
    draft.apiBaseUrl = normalizedBaseUrl(draft.apiBaseUrl);
    if (Status url = checkBaseUrl(draft.apiBaseUrl); !url) {
        done(url.error());
        return;
    }
    if (secret.trimmed().isEmpty()) {
        done(Error{tr("The token is empty."), {}});
        return;
    }
    if (draft.method == AuthMethod::EmailApiToken && draft.email.trimmed().isEmpty()) {
        done(
            Error{tr("Jira Cloud with an API token needs the e-mail address of the Atlassian account."), {}});
        return;
    }
    auto *check = new TrackerIdentityCheck(m_network, this);
    connect(check, &TrackerIdentityCheck::checked, this,
            [this, check, draft, secret = secret.trimmed(), done](const Result<TrackerIdentity> &identity) {
                check->deleteLater();
                if (!identity) {
                    done(identity.error()); // refused credentials are never stored
                    return;
                }
                Account account = draft;
                account.accountName = identity.value().name;
                account.accountId = identity.value().id;
                storeAndSave(account, OAuthTokens{secret, {}, std::nullopt, {}}, done);
            });
    check->check(draft, secret.trimmed());
}

void AccountService::connectWithOAuth(Account draft, const OAuthTokens &tokens, SiteChooser chooseSite,
                                      AccountDone done)
{
    draft.apiBaseUrl = normalizedBaseUrl(draft.apiBaseUrl);
    draft.scopes = tokens.scopes;
    const auto checkIdentity = [this, tokens, done](Account account) {
        auto *check = new TrackerIdentityCheck(m_network, this);
        connect(check, &TrackerIdentityCheck::checked, this,
                [this, check, account, tokens, done](const Result<TrackerIdentity> &identity) mutable {
                    check->deleteLater();
                    if (!identity) {
                        done(identity.error());
                        return;
                    }
                    account.accountName = identity.value().name;
                    account.accountId = identity.value().id;
                    storeAndSave(account, tokens, done);
                });
        check->check(account, tokens.accessToken);
    };
    if (draft.platform != Platform::Jira) {
        checkIdentity(draft);
        return;
    }
    // Jira Cloud: every API call names the site, so it is chosen (and shown) now.
    auto *sites = new TrackerIdentityCheck(m_network, this);
    connect(sites, &TrackerIdentityCheck::sitesListed, this,
            [sites, draft, chooseSite, checkIdentity, done](const Result<QList<JiraSite>> &listed) mutable {
                sites->deleteLater();
                if (!listed) {
                    done(listed.error());
                    return;
                }
                const std::optional<JiraSite> site =
                    listed.value().size() == 1 ? std::optional(listed.value().first())
                                               : (chooseSite ? chooseSite(listed.value()) : std::nullopt);
                if (!site) {
                    done(Error{AccountService::tr("No Jira site was chosen; nothing was connected."), {}});
                    return;
                }
                draft.cloudId = site->cloudId;
                draft.siteName = site->name;
                draft.siteUrl = site->url;
                draft.apiBaseUrl = jiraCloudApiBase(draft.apiBaseUrl, site->cloudId);
                checkIdentity(draft);
            });
    sites->listJiraSites(oauthConfigFor(Platform::Jira, draft.apiBaseUrl).resourcesUrl, tokens.accessToken);
}

void AccountService::storeAndSave(Account account, const OAuthTokens &tokens, AccountDone done)
{
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.status = AccountStatus::Connected;
    account.isActive = true;
    account.connectedAt = QDateTime::currentDateTimeUtc();
    account.tokenExpiresAt = tokens.expiresAt;
    const auto saveAccount = [this, account, done] {
        if (Status saved = m_workspace.saveAccount(account, m_actor); !saved) {
            // Nothing half-connected: the secrets go again when the row could not be written.
            m_tokens.remove(secretKey(account.id, SecretKind::AccessToken), [](Status) {});
            m_tokens.remove(secretKey(account.id, SecretKind::RefreshToken), [](Status) {});
            done(saved.error());
            return;
        }
        done(account);
    };
    m_tokens.write(secretKey(account.id, SecretKind::AccessToken), tokens.accessToken,
                   [this, account, tokens, saveAccount, done](Status written) {
                       if (!written) {
                           done(written.error());
                           return;
                       }
                       if (tokens.refreshToken.isEmpty()) {
                           saveAccount();
                           return;
                       }
                       m_tokens.write(secretKey(account.id, SecretKind::RefreshToken), tokens.refreshToken,
                                      [this, account, saveAccount, done](Status refreshWritten) {
                                          if (!refreshWritten) {
                                              m_tokens.remove(secretKey(account.id, SecretKind::AccessToken),
                                                              [](Status) {});
                                              done(refreshWritten.error());
                                              return;
                                          }
                                          saveAccount();
                                      });
                   });
}

void AccountService::disconnect(const QString &accountId, std::function<void(Status)> done)
{
    auto found = m_workspace.account(accountId);
    if (!found || !found.value()) {
        done(found ? Error{tr("There is no such account."), accountId} : found.error());
        return;
    }
    const Account account = *found.value();
    const auto forget = [this, account, done] {
        m_tokens.remove(
            secretKey(account.id, SecretKind::AccessToken), [this, account, done](Status removed) {
                if (!removed) {
                    done(removed.error()); // the account stays connected rather than leave a secret behind
                    return;
                }
                m_tokens.remove(secretKey(account.id, SecretKind::RefreshToken),
                                [this, account, done](Status gone) {
                                    if (!gone) {
                                        done(gone.error());
                                        return;
                                    }
                                    Account disconnected = account;
                                    disconnected.isActive = false;
                                    disconnected.status = AccountStatus::Disconnected;
                                    disconnected.disconnectedAt = QDateTime::currentDateTimeUtc();
                                    disconnected.tokenExpiresAt.reset();
                                    done(m_workspace.saveAccount(disconnected, m_actor));
                                });
            });
    };
    const QUrl revokeUrl = oauthConfigFor(account.platform, oauthBaseOf(account)).revokeUrl;
    if (!isOAuth(account.method) || revokeUrl.isEmpty()) {
        forget();
        return;
    }
    // Best effort: a tracker that cannot be reached still loses its token here.
    m_tokens.read(secretKey(account.id, SecretKind::AccessToken),
                  [this, account, revokeUrl, forget](Result<std::optional<QString>> token) {
                      if (!token || !token.value()) {
                          forget();
                          return;
                      }
                      QNetworkRequest request(revokeUrl);
                      request.setTransferTimeout(15000);
                      request.setHeader(QNetworkRequest::ContentTypeHeader,
                                        QByteArrayLiteral("application/x-www-form-urlencoded"));
                      request.setRawHeader("Authorization", "Bearer " + token.value()->toUtf8());
                      QUrlQuery form;
                      form.addQueryItem(QStringLiteral("token"),
                                        QString::fromLatin1(QUrl::toPercentEncoding(*token.value())));
                      QNetworkReply *reply =
                          m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
                      connect(reply, &QNetworkReply::finished, this, [reply, forget] {
                          reply->deleteLater();
                          forget();
                      });
                  });
}

void AccountService::accessToken(const QString &accountId, TokenDone done)
{
    auto found = m_workspace.account(accountId);
    if (!found || !found.value()) {
        done(found ? Error{tr("There is no such account."), accountId} : found.error());
        return;
    }
    const Account account = *found.value();
    if (!account.isActive || account.status != AccountStatus::Connected) {
        done(Error{tr("The %1 account %2 needs to be connected again.")
                       .arg(platformDisplayName(account.platform), account.accountName),
                   QStringLiteral("reconnect")});
        return;
    }
    const bool expiring = account.tokenExpiresAt && QDateTime::currentDateTimeUtc().secsTo(
                                                        *account.tokenExpiresAt) < kRefreshLeadSeconds;
    if (expiring && isOAuth(account.method)) {
        refresh(account, std::move(done));
        return;
    }
    m_tokens.read(secretKey(account.id, SecretKind::AccessToken), [this, account, done](
                                                                      Result<std::optional<QString>> token) {
        if (!token) {
            done(token.error());
            return;
        }
        if (!token.value()) {
            markReconnectNeeded(account);
            done(Error{tr("The keychain no longer holds the token of %1; connect the account again.")
                           .arg(account.accountName),
                       QStringLiteral("reconnect")});
            return;
        }
        done(*token.value());
    });
}

void AccountService::recoverFromUnauthorized(const QString &accountId, const QString &rejectedToken,
                                             TokenDone done)
{
    Q_UNUSED(rejectedToken) // never logged; the refresh replaces it
    auto found = m_workspace.account(accountId);
    if (!found || !found.value()) {
        done(found ? Error{tr("There is no such account."), accountId} : found.error());
        return;
    }
    const Account account = *found.value();
    if (!isOAuth(account.method)) {
        // A personal token or key that gets 401 was revoked or expired: only the PM can replace it.
        markReconnectNeeded(account);
        done(Error{tr("%1 no longer accepts the token of %2; connect the account again with a new one.")
                       .arg(platformDisplayName(account.platform), account.accountName),
                   QStringLiteral("reconnect")});
        return;
    }
    refresh(account, std::move(done));
}

void AccountService::verify(const QString &accountId, std::function<void(Result<TrackerIdentity>)> done)
{
    auto found = m_workspace.account(accountId);
    if (!found || !found.value()) {
        done(found ? Error{tr("There is no such account."), accountId} : found.error());
        return;
    }
    const Account account = *found.value();
    const auto ask = [this, account](const QString &token,
                                     std::function<void(Result<TrackerIdentity>)> answer) {
        auto *check = new TrackerIdentityCheck(m_network, this);
        connect(check, &TrackerIdentityCheck::checked, this,
                [check, answer](const Result<TrackerIdentity> &identity) {
                    check->deleteLater();
                    answer(identity);
                });
        check->check(account, token);
    };
    accessToken(accountId, [this, account, ask, done](Result<QString> token) {
        if (!token) {
            done(token.error());
            return;
        }
        ask(token.value(),
            [this, account, ask, done, used = token.value()](Result<TrackerIdentity> identity) {
                if (identity || identity.error().where != kUnauthorized) {
                    done(identity);
                    return;
                }
                recoverFromUnauthorized(account.id, used, [ask, done](Result<QString> renewed) {
                    if (!renewed) {
                        done(renewed.error());
                        return;
                    }
                    ask(renewed.value(), done); // once: a second 401 is the answer
                });
            });
    });
}

void AccountService::refresh(const Account &account, TokenDone done)
{
    auto &waiters = m_refreshWaiters[account.id];
    waiters.append(std::move(done));
    if (waiters.size() > 1)
        return; // one refresh is already on its way
    m_tokens.read(
        secretKey(account.id, SecretKind::RefreshToken),
        [this, account](Result<std::optional<QString>> stored) {
            if (!stored) {
                finishRefresh(account.id, stored.error());
                return;
            }
            if (!stored.value()) {
                markReconnectNeeded(account);
                finishRefresh(account.id,
                              Error{tr("The token of %1 expired and there is no refresh token; connect the "
                                       "account again.")
                                        .arg(account.accountName),
                                    QStringLiteral("reconnect")});
                return;
            }
            auto *refresher =
                new TokenRefresher(m_network, oauthConfigFor(account.platform, oauthBaseOf(account)), this);
            connect(refresher, &TokenRefresher::failed, this,
                    [this, refresher, account](const OAuthFailure &failure) {
                        refresher->deleteLater();
                        if (failure.needsReconnect()) {
                            markReconnectNeeded(account);
                            finishRefresh(
                                account.id,
                                Error{tr("%1 no longer honours Docket's access for %2 (%3); connect the "
                                         "account again.")
                                          .arg(platformDisplayName(account.platform), account.accountName,
                                               failure.code),
                                      QStringLiteral("reconnect")});
                            return;
                        }
                        finishRefresh(account.id, Error{tr("Could not refresh the token of %1: %2")
                                                            .arg(account.accountName, failure.description),
                                                        {}});
                    });
            connect(refresher, &TokenRefresher::succeeded, this,
                    [this, refresher, account](const OAuthTokens &tokens) {
                        refresher->deleteLater();
                        // The rotated refresh token is kept before anything else: the old one is already
                        // dead.
                        m_tokens.write(
                            secretKey(account.id, SecretKind::RefreshToken), tokens.refreshToken,
                            [this, account, tokens](Status keptRefresh) {
                                if (!keptRefresh) {
                                    finishRefresh(account.id, keptRefresh.error());
                                    return;
                                }
                                m_tokens.write(
                                    secretKey(account.id, SecretKind::AccessToken), tokens.accessToken,
                                    [this, account, tokens](Status keptAccess) {
                                        if (!keptAccess) {
                                            finishRefresh(account.id, keptAccess.error());
                                            return;
                                        }
                                        Account refreshed = account;
                                        refreshed.tokenExpiresAt = tokens.expiresAt;
                                        if (Status saved = m_workspace.saveAccount(refreshed, m_actor);
                                            !saved) {
                                            finishRefresh(account.id, saved.error());
                                            return;
                                        }
                                        finishRefresh(account.id, tokens.accessToken);
                                    });
                            });
                    });
            refresher->refresh(*stored.value());
        });
}

void AccountService::finishRefresh(const QString &accountId, const Result<QString> &token)
{
    const QList<TokenDone> waiters = m_refreshWaiters.take(accountId);
    for (const TokenDone &waiter : waiters)
        waiter(token);
}

void AccountService::markReconnectNeeded(Account account)
{
    account.status = AccountStatus::ReconnectNeeded;
    m_workspace.saveAccount(account,
                            m_actor); // a failure here leaves it connected; the next call tells again
}

} // namespace docket
