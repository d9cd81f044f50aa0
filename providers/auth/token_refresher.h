#pragma once

#include "oauth_config.h"
#include "oauth_types.h"

#include <QObject>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace docket {

class LoopbackReplyHandler;

// One refresh_token grant through QOAuth2AuthorizationCodeFlow::refreshAccessToken. The answer's
// new refresh token (trackers rotate them) replaces the old one; an answer without one keeps it.
class TokenRefresher : public QObject {
    Q_OBJECT
public:
    TokenRefresher(QNetworkAccessManager *network, OAuthClientConfig config, QObject *parent = nullptr);

    void refresh(const QString &refreshToken);

signals:
    void succeeded(const docket::OAuthTokens &tokens);
    void failed(const docket::OAuthFailure &failure);

private:
    OAuthClientConfig m_config;
    LoopbackReplyHandler *m_handler;
    QOAuth2AuthorizationCodeFlow *m_flow;
    QString m_refreshToken;
};

} // namespace docket
