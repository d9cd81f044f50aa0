#pragma once

#include "oauth_config.h"
#include "oauth_types.h"
#include "pkce.h"

#include <QObject>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace docket {

class LoopbackReplyHandler;

// The OAuth 2.0 authorization code flow with PKCE (S256) through a loopback redirect, on
// QOAuth2AuthorizationCodeFlow. Qt 6.4 has no PKCE: the challenge and the verifier are added
// through setModifyParametersFunction. start() emits authorizationUrlReady with the page the PM
// opens in a browser; then exactly one of succeeded or failed.
class AuthorizationCodeLogin : public QObject {
    Q_OBJECT
public:
    AuthorizationCodeLogin(QNetworkAccessManager *network, OAuthClientConfig config,
                           QObject *parent = nullptr);
    ~AuthorizationCodeLogin() override;

    void start();
    void cancel();
    QString redirectUri() const;

signals:
    void authorizationUrlReady(const QUrl &url);
    void succeeded(const docket::OAuthTokens &tokens);
    void failed(const docket::OAuthFailure &failure);

private:
    void addProtocolParameters(int stage, QMultiMap<QString, QVariant> *parameters) const;
    void finish(const QVariantMap &values);
    void fail(const OAuthFailure &failure);

    OAuthClientConfig m_config;
    PkcePair m_pkce;
    LoopbackReplyHandler *m_handler;
    QOAuth2AuthorizationCodeFlow *m_flow;
    bool m_done = false;
};

// Turns a token endpoint's answer into tokens; expires_in counts from `now`.
OAuthTokens tokensFromAnswer(const QVariantMap &values, const QDateTime &now);

// A random value for the state parameter: 32 bytes from the system's secure source.
QString newOAuthState();

} // namespace docket
