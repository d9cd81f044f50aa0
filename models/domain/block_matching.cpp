#include "block_matching.h"

#include <QHash>
#include <QRegularExpression>

namespace docket {

namespace {

QString exactKey(const Block &block)
{
    return blockTypeName(block.type) + QChar(0x1F) + block.text;
}

QSet<QString> words(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const QStringList list = text.toLower().split(nonWord, Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

double similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    return double(shared) / double(qMax(a.size(), b.size()));
}

constexpr double kMinimumSimilarity = 0.5;

} // namespace

BlockMatch matchBlocks(const QList<Block> &oldBlocks, QList<Block> newBlocks)
{
    BlockMatch match;
    QHash<QString, QList<int>> oldByKey;
    for (int i = 0; i < oldBlocks.size(); ++i)
        oldByKey[exactKey(oldBlocks.at(i))].append(i);

    QList<bool> oldTaken(oldBlocks.size(), false);
    QList<bool> newMatched(newBlocks.size(), false);
    for (int i = 0; i < newBlocks.size(); ++i) {
        auto it = oldByKey.find(exactKey(newBlocks.at(i)));
        if (it == oldByKey.end() || it.value().isEmpty())
            continue;
        const int old = it.value().takeFirst();
        oldTaken[old] = true;
        newMatched[i] = true;
        newBlocks[i].id = oldBlocks.at(old).id;
        match.unchanged.insert(newBlocks.at(i).id);
    }

    // What is left is reworded, moved between sections, added or removed.
    QHash<QString, QList<int>> remainingBySection;
    for (int i = 0; i < oldBlocks.size(); ++i) {
        if (!oldTaken.at(i))
            remainingBySection[blockTypeName(oldBlocks.at(i).type) +
                               oldBlocks.at(i).headingPath.join(QChar(0x1F))]
                .append(i);
    }
    for (int i = 0; i < newBlocks.size(); ++i) {
        if (newMatched.at(i))
            continue;
        Block &block = newBlocks[i];
        const QList<int> candidates =
            remainingBySection.value(blockTypeName(block.type) + block.headingPath.join(QChar(0x1F)));
        const QSet<QString> newWords = words(block.text);
        int best = -1;
        double bestScore = kMinimumSimilarity;
        for (int old : candidates) {
            if (oldTaken.at(old))
                continue;
            const double score = similarity(newWords, words(oldBlocks.at(old).text));
            if (score >= bestScore) {
                bestScore = score;
                best = old;
            }
        }
        if (best >= 0) {
            oldTaken[best] = true;
            block.id = oldBlocks.at(best).id;
            match.changed.insert(block.id);
        } else {
            match.added.insert(block.id);
        }
    }
    for (int i = 0; i < oldBlocks.size(); ++i) {
        if (!oldTaken.at(i))
            match.removed.insert(oldBlocks.at(i).id);
    }
    match.blocks = std::move(newBlocks);
    return match;
}

} // namespace docket
