#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket {

// What a token endpoint granted. Secrets: never log, print or store these outside the keychain.
struct OAuthTokens {
    QString accessToken;
    QString refreshToken; // empty when the tracker gives none (classic GitHub OAuth apps)
    std::optional<QDateTime> expiresAt;
    QStringList scopes;
};

// A refused OAuth request, in the words of RFC 6749 section 5.2 (or RFC 8628 for the device flow).
struct OAuthFailure {
    QString code;        // invalid_grant, access_denied, expired_token, ... or "network", "malformed"
    QString description; // the server's own words, or ours
    int httpStatus = 0;

    // The stored grant is dead (revoked, rotated away, expired): only a new login helps.
    bool needsReconnect() const { return code == QLatin1String("invalid_grant"); }
};

} // namespace docket

#include <QMetaType>
Q_DECLARE_METATYPE(docket::OAuthTokens)
Q_DECLARE_METATYPE(docket::OAuthFailure)
