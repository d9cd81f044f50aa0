#include "token_refresher.h"

#include "authorization_code_login.h"
#include "loopback_reply_handler.h"

#include <QOAuth2AuthorizationCodeFlow>

namespace docket {

TokenRefresher::TokenRefresher(QNetworkAccessManager *network, OAuthClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_handler(new LoopbackReplyHandler(this))
    , m_flow(new QOAuth2AuthorizationCodeFlow(network, this))
{
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    if (!m_config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    m_flow->setReplyHandler(m_handler);
    m_flow->setModifyParametersFunction(
        [](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            // A refresh names no redirect (RFC 6749 section 6); 6.4 sends its handler's anyway.
            if (stage == QAbstractOAuth::Stage::RefreshingAccessToken)
                parameters->remove(QStringLiteral("redirect_uri"));
        });
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, [this](const QVariantMap &values) {
        OAuthTokens tokens = tokensFromAnswer(values, QDateTime::currentDateTimeUtc());
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = m_refreshToken;
        emit succeeded(tokens);
    });
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, &TokenRefresher::failed);
}

void TokenRefresher::refresh(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    m_flow->setRefreshToken(refreshToken);
    m_flow->refreshAccessToken();
}

} // namespace docket
