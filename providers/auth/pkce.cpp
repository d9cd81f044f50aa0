#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace docket {

namespace {
// RFC 7636 section 4.1: unreserved characters, 43 to 128 of them.
constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kVerifierLength = 64;
} // namespace

QByteArray pkceChallengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

PkcePair makePkcePair()
{
    QRandomGenerator *random = QRandomGenerator::system(); // a cryptographically secure source
    QByteArray verifier(kVerifierLength, Qt::Uninitialized);
    const int alphabet = int(sizeof(kUnreserved)) - 1;
    for (char &character : verifier)
        character = kUnreserved[random->bounded(alphabet)];
    return {verifier, pkceChallengeFor(verifier)};
}

} // namespace docket
