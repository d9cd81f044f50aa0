#include "authorization_code_login.h"

#include "loopback_reply_handler.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace docket {

QString newOAuthState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

OAuthTokens tokensFromAnswer(const QVariantMap &values, const QDateTime &now)
{
    OAuthTokens tokens;
    tokens.accessToken = values.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = values.value(QStringLiteral("refresh_token")).toString();
    bool hasLifetime = false;
    const qint64 lifetime = values.value(QStringLiteral("expires_in")).toLongLong(&hasLifetime);
    if (hasLifetime && lifetime > 0)
        tokens.expiresAt = now.addSecs(lifetime);
    // Trackers give scopes as a list, or as one string split by spaces or commas.
    const QVariant scope = values.value(QStringLiteral("scope"));
    const QStringList parts =
        scope.typeId() == QMetaType::QVariantList
            ? scope.toStringList()
            : scope.toString().split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        tokens.scopes.append(part);
    return tokens;
}

AuthorizationCodeLogin::AuthorizationCodeLogin(QNetworkAccessManager *network, OAuthClientConfig config,
                                               QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_pkce(makePkcePair())
    , m_handler(new LoopbackReplyHandler(this))
    , m_flow(new QOAuth2AuthorizationCodeFlow(network, this))
{
    m_flow->setAuthorizationUrl(m_config.authorizeUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    if (!m_config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    m_flow->setScope(m_config.scopes.join(m_config.scopeSeparator));
    m_flow->setState(newOAuthState());
    m_flow->setReplyHandler(m_handler);
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            addProtocolParameters(int(stage), parameters);
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            &AuthorizationCodeLogin::authorizationUrlReady);
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &AuthorizationCodeLogin::finish);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, &AuthorizationCodeLogin::fail);
    connect(m_handler, &LoopbackReplyHandler::authorizationFailed, this, &AuthorizationCodeLogin::fail);
}

AuthorizationCodeLogin::~AuthorizationCodeLogin() = default;

QString AuthorizationCodeLogin::redirectUri() const
{
    return m_handler->callback();
}

void AuthorizationCodeLogin::start()
{
    if (!m_config.hasClientId()) {
        fail(missingClientIdFailure(m_config));
        return;
    }
    if (Status listening = m_handler->listen(m_config.redirectPort); !listening) {
        fail({QStringLiteral("listen"), listening.error().message, 0});
        return;
    }
    m_handler->setExpectedState(m_flow->state());
    m_flow->grant();
}

void AuthorizationCodeLogin::cancel()
{
    if (m_done)
        return;
    fail({QStringLiteral("cancelled"), tr("The sign-in was cancelled."), 0});
}

void AuthorizationCodeLogin::addProtocolParameters(int stage, QMultiMap<QString, QVariant> *parameters) const
{
    switch (QAbstractOAuth::Stage(stage)) {
    case QAbstractOAuth::Stage::RequestingAuthorization:
        parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
        parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        for (auto it = m_config.extraAuthorizeParameters.cbegin();
             it != m_config.extraAuthorizeParameters.cend(); ++it)
            parameters->replace(it.key(), it.value());
        break;
    case QAbstractOAuth::Stage::RequestingAccessToken:
        // The handler hands over the code fully decoded, so 6.4's own encoding of it is the only one.
        parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier));
        break;
    default:
        break;
    }
}

void AuthorizationCodeLogin::finish(const QVariantMap &values)
{
    if (m_done)
        return;
    m_done = true;
    m_handler->close();
    emit succeeded(tokensFromAnswer(values, QDateTime::currentDateTimeUtc()));
}

void AuthorizationCodeLogin::fail(const OAuthFailure &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_handler->close();
    emit failed(failure);
}

} // namespace docket
