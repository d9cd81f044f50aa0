#include "rule_engine.h"

#include "markers.h"
#include "sections.h"
#include "titles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace docket::rules {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::RuleGenerator)
};

constexpr int kMaxCriteria = 8;
constexpr int kMaxDescriptionParagraphs = 2;
constexpr int kSummaryLength = 280;
const QChar kKeySeparator(0x1F);

// Where a block sits: worked out once per distinct heading path.
struct PathInfo {
    bool background = false;
    bool defects = false;
    bool wontHave = false; // under a MoSCoW "Won't have" heading
    QString featureKey;    // empty: directly in the document
    QString featureTitle;
    QString label;                           // the label its tickets carry: the feature (or document) name
    std::optional<Priority> headingPriority; // from the innermost heading that states one
};

struct Feature {
    QString title;
    int ordinal = -1;
    QStringList description;
    std::optional<Priority> priority;
};

struct Item {
    Draft draft;
    int ordinal = 0;
    int sequence = 0; // creation order, for a stable sort
    QString featureKey;
    QString sectionKey;
    QString sourceId; // the spec's own id, e.g. FR-3
    QString sourceText;
    bool isEpic = false;
    QString parentFeatureKey; // epics: which feature they stand for
};

struct PendingCriteria {
    QStringList criteria;
    QStringList headingPath;
    QString featureKey;
    int adjacentItem = -1; // the item right before it in the same section, if any
};

// Lower-case words of four letters or more: the ones that say what a sentence is about.
QStringList significantWords(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 4)
            words.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            word.append(c.toLower());
        else
            flush();
    }
    flush();
    return words;
}

// Share of a's significant words that also occur in b.
double overlap(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty())
        return 0.0;
    int shared = 0;
    for (const QString &word : a)
        shared += b.contains(word) ? 1 : 0;
    return double(shared) / double(a.size());
}

QStringList idsIn(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("\\b([A-Z]{1,5}-\\d{1,6})\\b"));
    QStringList ids;
    auto it = id.globalMatch(text);
    while (it.hasNext())
        ids.append(it.next().captured(1));
    return ids;
}

bool startsWithAction(const QString &text)
{
    static const QRegularExpression action(
        QStringLiteral(
            "^(?:we(?:'ll| will| need to| should)|add|build|create|implement|introduce|store|use|replace|"
            "migrate|expose|send|show|render|cache|index|track|log|emit|move|split|extract|support)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return action.match(text.trimmed()).hasMatch();
}

class Engine {
public:
    explicit Engine(const GenerationRequest &request)
        : m_request(request)
        , m_title(request.document.title)
    {
        for (BlockType type : request.includeBlockTypes)
            m_wanted.insert(type);
    }

    Result<DraftSet> run(const std::atomic_bool *cancelled, const std::function<void(int)> &progress)
    {
        QElapsedTimer timer;
        timer.start();
        const QList<Block> &blocks = m_request.blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            if ((i & 255) == 0) {
                if (cancelled && cancelled->load())
                    return Error{Text::tr("Generation cancelled."), m_request.document.title};
                if (progress)
                    progress(int(qint64(i) * 80 / qMax<qsizetype>(1, blocks.size())));
            }
            visit(blocks.at(i));
        }
        createEpics();
        placeCriteria();
        if (progress)
            progress(90);

        DraftSet set = assemble();
        set.generation.durationMs = timer.elapsed();
        if (progress)
            progress(100);
        return set;
    }

private:
    bool wants(BlockType type) const { return m_wanted.isEmpty() || m_wanted.contains(type); }

    const PathInfo &pathInfo(const QStringList &path)
    {
        const QString key = path.join(kKeySeparator);
        auto it = m_paths.find(key);
        if (it != m_paths.end())
            return it.value();

        PathInfo info;
        info.background = isInBackground(path, m_title);
        info.defects = isInDefects(path, m_title);
        const int feature = featureIndex(path, m_title);
        if (feature >= 0) {
            info.featureKey = path.mid(0, feature + 1).join(kKeySeparator);
            info.featureTitle = path.at(feature);
        }
        for (const QString &heading : path)
            info.wontHave = info.wontHave || isWontHave(heading);
        auto label = m_labelByFeature.find(info.featureKey);
        if (label == m_labelByFeature.end()) {
            const QString section = info.featureTitle.isEmpty() ? m_title : info.featureTitle;
            label = m_labelByFeature.insert(info.featureKey,
                                            section.isEmpty() ? QString() : slug(epicTitle(section)));
        }
        info.label = label.value();
        for (qsizetype i = path.size() - 1; i >= 0 && !info.headingPriority; --i) {
            if (i == 0 && path.first() == m_title)
                break;
            info.headingPriority = priorityMarker(path.at(i));
        }
        return m_paths.insert(key, info).value();
    }

    void visit(const Block &block)
    {
        if (block.type == BlockType::Heading) {
            visitHeading(block);
            return;
        }
        const PathInfo &info = pathInfo(block.headingPath);
        if (info.background)
            return;
        const QString sectionKey = block.headingPath.join(kKeySeparator);
        const bool sameSection = m_lastItem >= 0 && m_items.at(m_lastItem).sectionKey == sectionKey;
        // Criteria right under the item, or under an "Acceptance criteria" heading inside its section.
        const bool underLastItem =
            sameSection || (m_lastItem >= 0 && block.headingPath.size() > 1 &&
                            sectionKind(block.headingPath.last()) == SectionKind::Acceptance &&
                            block.headingPath.mid(0, block.headingPath.size() - 1).join(kKeySeparator) ==
                                m_items.at(m_lastItem).sectionKey);

        switch (block.type) {
        case BlockType::UserStory:
            addItem(block, info, TicketType::Story, storyTitle(block.text), 0.85);
            return;
        case BlockType::Requirement:
            if (info.wontHave || isWontHave(block.text))
                return;
            if (info.defects)
                addItem(block, info, TicketType::Bug, bugTitle(block.text), 0.75);
            else if (isInvestigation(block.text))
                addItem(block, info, TicketType::Spike, spikeTitle(block.text), 0.7);
            else
                addItem(block, info, TicketType::Task, requirementTitle(block.text), 0.8);
            return;
        case BlockType::Solution:
            // A list item of a solution is a piece of work; prose becomes the context around it.
            if (!block.items.isEmpty() || startsWithAction(block.text)) {
                if (isInvestigation(block.text))
                    addItem(block, info, TicketType::Spike, spikeTitle(block.text), 0.6);
                else
                    addItem(block, info, TicketType::Task, solutionTitle(block.text), 0.6);
            } else if (sameSection) {
                appendContext(m_lastItem, block.text);
            } else {
                addFeatureDescription(info, block.text);
            }
            return;
        case BlockType::OpenQuestion:
            if (wants(block.type))
                m_questions.append({block.text, block.id});
            addItem(block, info, TicketType::Spike, spikeTitle(block.text), 0.5);
            return;
        case BlockType::Risk:
            if (wants(block.type))
                m_risks.append({block.text, block.id});
            return;
        case BlockType::AcceptanceCriteria: {
            PendingCriteria pending;
            pending.criteria = block.items.isEmpty() ? QStringList{block.text} : block.items;
            pending.headingPath = block.headingPath;
            pending.featureKey = info.featureKey;
            pending.adjacentItem = underLastItem ? m_lastItem : -1;
            m_pending.append(pending);
            return;
        }
        case BlockType::Paragraph:
        case BlockType::List:
            if (info.defects) {
                const QStringList defects = block.items.isEmpty() ? QStringList{block.text} : block.items;
                for (const QString &defect : defects) {
                    Block single = block;
                    single.text = defect;
                    single.items.clear();
                    addItem(single, info, TicketType::Bug, bugTitle(defect), 0.75);
                }
                return;
            }
            if (block.type == BlockType::Paragraph &&
                (sectionKey == info.featureKey ||
                 (info.featureKey.isEmpty() &&
                  (block.headingPath.isEmpty() || block.headingPath == QStringList{m_title}))))
                addFeatureDescription(info, block.text);
            return;
        case BlockType::Code:
            if (sameSection)
                appendContext(m_lastItem, QStringLiteral("```%1\n%2\n```").arg(block.language, block.text));
            return;
        case BlockType::Table:
        case BlockType::Quote:
            if (sameSection)
                appendContext(m_lastItem, block.text);
            return;
        case BlockType::Heading:
            return;
        }
    }

    void visitHeading(const Block &block)
    {
        QStringList path = block.headingPath;
        if (path.isEmpty() || path.last() != block.text)
            path.append(block.text);
        const PathInfo &info = pathInfo(path);
        if (!info.featureKey.isEmpty() && info.featureKey == path.join(kKeySeparator)) {
            Feature &feature = m_features[info.featureKey];
            feature.title = block.text;
            feature.ordinal = block.ordinal;
            feature.priority = priorityMarker(block.text);
        }
    }

    void addFeatureDescription(const PathInfo &info, const QString &text)
    {
        QStringList &description =
            info.featureKey.isEmpty() ? m_documentDescription : m_features[info.featureKey].description;
        if (description.size() < kMaxDescriptionParagraphs)
            description.append(text);
    }

    void appendContext(int itemIndex, const QString &text)
    {
        Draft &draft = m_items[itemIndex].draft;
        draft.description.append(QStringLiteral("\n\n") + text);
    }

    void addItem(const Block &block, const PathInfo &info, TicketType type, const QString &title,
                 double confidence)
    {
        if (!wants(block.type) || title.isEmpty())
            return;
        Item item;
        item.ordinal = block.ordinal;
        item.sequence = int(m_items.size());
        item.featureKey = info.featureKey;
        item.sectionKey = block.headingPath.join(kKeySeparator);
        item.sourceId = itemIdMarker(block.text);
        item.sourceText = block.text;

        Draft &draft = item.draft;
        draft.ticketType = type;
        draft.title = title;
        draft.blockId = block.id;
        draft.description = block.text.trimmed();
        if (hasAnyMarker(block.text)) {
            draft.priority = priorityMarker(block.text);
            draft.storyPoints = storyPointsMarker(block.text);
            draft.estimatedEffort = effortMarker(block.text);
            draft.component = componentMarker(block.text);
            draft.suggestedMilestone = milestoneMarker(block.text);
        }
        if (!draft.priority)
            draft.priority = info.headingPriority;
        draft.confidence = confidence;
        if (type == TicketType::Story) {
            const QString benefit = storyBenefit(block.text);
            if (!benefit.isEmpty())
                draft.description += QStringLiteral("\n\nWhy: ") + benefit + QLatin1Char('.');
        }

        if (!info.label.isEmpty())
            draft.labels.append(info.label);
        if (!draft.component.isEmpty())
            draft.labels.append(slug(draft.component));
        draft.labels.removeDuplicates();
        draft.labels.removeAll(QString());

        if (!item.sourceId.isEmpty() && !m_itemBySourceId.contains(item.sourceId))
            m_itemBySourceId.insert(item.sourceId, int(m_items.size()));
        m_items.append(item);
        m_lastItem = int(m_items.size()) - 1;
    }

    void createEpics()
    {
        QHash<QString, int> childCount;
        for (const Item &item : std::as_const(m_items))
            ++childCount[item.featureKey];

        const bool hasFeatures = std::any_of(childCount.keyBegin(), childCount.keyEnd(),
                                             [](const QString &key) { return !key.isEmpty(); });
        for (auto it = childCount.cbegin(); it != childCount.cend(); ++it) {
            const QString &key = it.key();
            if (key.isEmpty()) {
                // A one-feature document is its own epic; beside feature epics, loose items stay loose.
                if (!hasFeatures && it.value() >= 2 && wants(BlockType::Heading))
                    addEpic(key, m_title, -1, m_documentDescription, std::nullopt);
                continue;
            }
            const Feature &feature = m_features.value(key);
            const QString title = feature.title.isEmpty() ? key.section(kKeySeparator, -1) : feature.title;
            if (wants(BlockType::Heading))
                addEpic(key, title, feature.ordinal, feature.description, feature.priority);
        }
    }

    void addEpic(const QString &featureKey, const QString &title, int ordinal, const QStringList &description,
                 std::optional<Priority> priority)
    {
        Item epic;
        epic.isEpic = true;
        epic.parentFeatureKey = featureKey;
        epic.featureKey = featureKey;
        epic.ordinal = ordinal;
        epic.sequence = -1; // before the items of the same ordinal
        epic.sourceText = title;
        epic.draft.ticketType = TicketType::Epic;
        epic.draft.title = epicTitle(title);
        epic.draft.description = description.join(QStringLiteral("\n\n"));
        epic.draft.priority = priority ? priority : priorityMarker(title);
        epic.draft.confidence = 0.7;
        epic.draft.labels = {slug(epicTitle(title))};
        epic.draft.labels.removeAll(QString());
        m_epicByFeature.insert(featureKey, int(m_items.size()));
        m_items.append(epic);
    }

    int itemForHeading(const PendingCriteria &pending)
    {
        // The innermost heading below the feature that is not "Acceptance criteria" itself names
        // the item the criteria belong to, by id or by most of its words.
        const int featureDepth =
            pending.featureKey.isEmpty() ? 0 : int(pending.featureKey.count(kKeySeparator)) + 1;
        for (qsizetype i = pending.headingPath.size() - 1; i >= featureDepth; --i) {
            const QString &heading = pending.headingPath.at(i);
            const SectionKind kind = sectionKind(heading);
            if (kind == SectionKind::Acceptance)
                continue;
            if (heading == m_title || kind != SectionKind::Feature)
                return -1;
            for (const QString &id : idsIn(heading)) {
                if (m_itemBySourceId.contains(id))
                    return m_itemBySourceId.value(id);
            }
            const QStringList words = significantWords(heading);
            int best = -1;
            double bestScore = 0.5; // more than half of the heading's words
            for (int index = 0; index < m_items.size(); ++index) {
                const Item &item = m_items.at(index);
                if (item.isEpic || item.featureKey != pending.featureKey)
                    continue;
                const double score = overlap(words, itemWords(index));
                if (score > bestScore) {
                    bestScore = score;
                    best = index;
                }
            }
            return best;
        }
        return -1;
    }

    const QStringList &itemWords(int index)
    {
        while (m_itemWords.size() <= index) {
            const Item &item = m_items.at(m_itemWords.size());
            m_itemWords.append(significantWords(item.draft.title + QLatin1Char(' ') + item.sourceText));
        }
        return m_itemWords.at(index);
    }

    void countStories()
    {
        for (int index = 0; index < m_items.size(); ++index) {
            const Item &item = m_items.at(index);
            if (item.draft.ticketType != TicketType::Story)
                continue;
            auto it = m_storyOfFeature.find(item.featureKey);
            if (it == m_storyOfFeature.end())
                m_storyOfFeature.insert(item.featureKey, index);
            else
                it.value() = -1;
        }
    }

    void placeCriteria()
    {
        countStories();
        for (const PendingCriteria &pending : std::as_const(m_pending)) {
            QStringList unplaced;
            for (const QString &criterion : pending.criteria) {
                int target = -1;
                for (const QString &id : idsIn(criterion)) {
                    if (m_itemBySourceId.contains(id)) {
                        target = m_itemBySourceId.value(id);
                        break;
                    }
                }
                if (target >= 0)
                    m_items[target].draft.acceptanceCriteria.append(criterion.trimmed());
                else
                    unplaced.append(criterion.trimmed());
            }
            if (unplaced.isEmpty())
                continue;

            int target = itemForHeading(pending);
            if (target < 0)
                target = pending.adjacentItem;
            if (target < 0)
                target = m_storyOfFeature.value(pending.featureKey, -1);
            if (target < 0)
                target = m_epicByFeature.value(pending.featureKey, -1);
            if (target < 0)
                continue; // nothing it could belong to was generated (e.g. filtered out)
            m_items[target].draft.acceptanceCriteria.append(unplaced);
        }
    }

    QString problemForMissingCriteria(TicketType type) const
    {
        switch (type) {
        case TicketType::Story:
            return Text::tr("The spec gives no acceptance criteria for this story; add them before review "
                            "(none were invented).");
        case TicketType::Epic:
            return Text::tr("The spec gives no acceptance criteria for this feature as a whole.");
        default:
            return Text::tr("The spec gives no acceptance criteria for this item; add them before review.");
        }
    }

    DraftSet assemble()
    {
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            return a.ordinal != b.ordinal ? a.ordinal < b.ordinal : a.sequence < b.sequence;
        });
        QHash<QString, QString> epicIdByFeature;
        QHash<QString, QString> externalBySource;
        for (int i = 0; i < m_items.size(); ++i) {
            Item &item = m_items[i];
            item.draft.externalId = draftExternalId(i + 1);
            if (item.isEpic)
                epicIdByFeature.insert(item.parentFeatureKey, item.draft.externalId);
            if (!item.sourceId.isEmpty() && !externalBySource.contains(item.sourceId))
                externalBySource.insert(item.sourceId, item.draft.externalId);
        }

        DraftSet set;
        set.sourceTitle = m_title;
        set.sourceSummary = summary();
        set.risks = m_risks;
        set.openQuestions = m_questions;
        set.generation.generator = QStringLiteral("rules");
        set.generation.finishReason = QStringLiteral("stop");

        // Which tickets use a word in their title: a phrase reference ("blocked by the outbox
        // table") only has to be scored against tickets sharing one of its words.
        QHash<QString, QList<int>> itemsByTitleWord;
        for (int i = 0; i < m_items.size(); ++i) {
            QStringList words = significantWords(m_items.at(i).draft.title);
            words.removeDuplicates();
            if (m_items.at(i).isEpic)
                continue;
            for (const QString &word : std::as_const(words))
                itemsByTitleWord[word].append(i);
        }

        for (int i = 0; i < m_items.size(); ++i) {
            Item &item = m_items[i];
            Draft &draft = item.draft;
            if (!item.isEpic)
                draft.parentExternalId = epicIdByFeature.value(item.featureKey);

            const References references = dependencyReferences(item.sourceText);
            for (const QString &id : references.ids) {
                const QString target = externalBySource.value(id);
                if (!target.isEmpty() && target != draft.externalId)
                    draft.dependencies.append(target);
            }
            for (const QString &phrase : references.phrases) {
                // The ticket whose title covers most of the phrase, if it covers at least 60% of it.
                QStringList words = significantWords(phrase);
                words.removeDuplicates();
                QHash<int, int> shared;
                for (const QString &word : std::as_const(words)) {
                    for (int j : itemsByTitleWord.value(word))
                        ++shared[j];
                }
                int best = -1;
                double bestScore = 0.6;
                for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
                    const double score = double(it.value()) / double(words.size());
                    if (it.key() != i &&
                        (score > bestScore || (score == bestScore && (best < 0 || it.key() < best)))) {
                        bestScore = score;
                        best = it.key();
                    }
                }
                if (best >= 0)
                    draft.dependencies.append(m_items.at(best).draft.externalId);
            }
            draft.dependencies.removeDuplicates();

            draft.acceptanceCriteria.removeAll(QString());
            draft.acceptanceCriteria.removeDuplicates();
            if (draft.acceptanceCriteria.size() > kMaxCriteria) {
                draft.problems.append(
                    Text::tr("The spec lists %1 acceptance criteria; the first %2 are kept, split "
                             "the ticket to keep the rest.")
                        .arg(draft.acceptanceCriteria.size())
                        .arg(kMaxCriteria));
                draft.acceptanceCriteria = draft.acceptanceCriteria.mid(0, kMaxCriteria);
            }
            if (draft.acceptanceCriteria.isEmpty() && draft.ticketType != TicketType::Spike)
                draft.problems.append(problemForMissingCriteria(draft.ticketType));
            if (draft.storyPoints && (*draft.storyPoints < 1 || *draft.storyPoints > 100)) {
                draft.problems.append(Text::tr("The spec states %1 story points, outside 1-100; left unset.")
                                          .arg(*draft.storyPoints));
                draft.storyPoints.reset();
            }
            if (!draft.acceptanceCriteria.isEmpty() && draft.confidence)
                draft.confidence = qMin(1.0, *draft.confidence + 0.05);
            set.tickets.append(draft);
        }
        return set;
    }

    QString summary() const
    {
        for (const Block &block : m_request.blocks) {
            if (block.type == BlockType::Paragraph && !block.text.trimmed().isEmpty())
                return shortTitle(block.text, kSummaryLength);
        }
        return {};
    }

    const GenerationRequest &m_request;
    const QString m_title;
    QSet<BlockType> m_wanted;
    QHash<QString, PathInfo> m_paths;
    QHash<QString, QString> m_labelByFeature;
    QHash<QString, Feature> m_features;
    QStringList m_documentDescription;
    QList<Item> m_items;
    QHash<QString, int> m_itemBySourceId;
    QHash<QString, int> m_epicByFeature;
    QList<PendingCriteria> m_pending;
    QList<DraftNote> m_risks;
    QList<DraftNote> m_questions;
    int m_lastItem = -1;
    QHash<QString, int> m_storyOfFeature; // the feature's only story, or -1 when it has several
    QList<QStringList> m_itemWords;       // significant words of each item, for heading matches
};

} // namespace

Result<DraftSet> generate(const GenerationRequest &request, const std::atomic_bool *cancelled,
                          const std::function<void(int)> &progress)
{
    Engine engine(request);
    return engine.run(cancelled, progress);
}

} // namespace docket::rules
