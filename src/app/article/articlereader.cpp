// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/articlereader.h"
#include "case/casevalidator.h"
#include "case/vocabulary.h"
#include "claims/knownnow.h"
#include "common/packtext.h"
#include "common/vocabularystyle.h"

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
QString layerLabel(const QString &layer)
{
    return VocabularyStyle::label(VocabularyStyle::Kind::AnnotationLayer, layer);
}
QString layerColor(const QString &layer)
{
    return VocabularyStyle::color(VocabularyStyle::Kind::AnnotationLayer, layer);
}
} // namespace

ArticleReader::ArticleReader(QObject *parent)
    : QAbstractListModel(parent)
{
    const QStringList all = Vocabulary::annotationLayers();
    m_enabled = QSet<QString>(all.cbegin(), all.cend());
}

void ArticleReader::setCase(const CaseData *data)
{
    m_data = data;
    m_articleId.clear();
    m_selectedId.clear();
    rebuild();
    Q_EMIT articleChanged();
    Q_EMIT selectedChanged();
}

const Article *ArticleReader::current() const
{
    return m_data ? m_data->article(m_articleId) : nullptr;
}

void ArticleReader::setArticleId(const QString &id)
{
    if (id == m_articleId)
        return;
    m_articleId = id;
    m_selectedId.clear();
    rebuild();
    Q_EMIT articleChanged();
    Q_EMIT selectedChanged();
}

ArticleInfo ArticleReader::article() const
{
    const Article *a = current();
    if (!a)
        return {};
    return {a->id,
            a->outlet,
            a->outletKind,
            a->outletInferred,
            a->headline,
            a->byline,
            a->date.display(),
            a->date.precision == DatePrecision::Approximate,
            a->url,
            a->provenance,
            a->copyright,
            a->excerpt,
            static_cast<int>(a->annotations.size())};
}

QList<VocabularyCount> ArticleReader::layers() const
{
    QList<VocabularyCount> list;
    const Article *a = current();
    for (const VocabularyEntry &layer : VocabularyStyle::annotationLayers()) {
        const auto count = a ? std::count_if(a->annotations.cbegin(), a->annotations.cend(), [&](const Annotation &an) { return an.layer == layer.id; }) : 0;
        list.append(VocabularyCount::of(layer, static_cast<int>(count), m_enabled.contains(layer.id)));
    }
    return list;
}

void ArticleReader::setLayerEnabled(const QString &layer, bool enabled)
{
    if (m_enabled.contains(layer) == enabled)
        return;
    if (enabled)
        m_enabled.insert(layer);
    else
        m_enabled.remove(layer);
    rebuild();
}

void ArticleReader::showAllLayers()
{
    const QStringList all = Vocabulary::annotationLayers();
    m_enabled = QSet<QString>(all.cbegin(), all.cend());
    rebuild();
}

void ArticleReader::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_blocks.clear();
    const Article *a = current();
    if (a) {
        const QString text = a->fullText();
        // Block boundaries in fullText(): headline, standfirst, caption, paragraphs.
        struct Block
        {
            QString kind;
            qsizetype start, end;
        };
        QList<Block> blocks;
        qsizetype at = 0;
        auto add = [&](const QString &kind, const QString &piece) {
            blocks.append(Block{kind, at, at + piece.size()});
            at += piece.size() + 2;
        };
        add(u"headline"_s, a->headline);
        if (!a->standfirst.isEmpty())
            add(u"standfirst"_s, a->standfirst);
        if (!a->caption.isEmpty())
            add(u"caption"_s, a->caption);
        for (const QString &p : a->paragraphs)
            add(u"paragraph"_s, p);

        for (const Annotation &an : a->annotations) {
            if (!m_enabled.contains(an.layer))
                continue;
            const qsizetype start = CaseValidator::find(text, an.quote, an.occurrence);
            if (start < 0)
                continue;
            int block = -1;
            for (qsizetype b = 0; b < blocks.size(); ++b) {
                if (start >= blocks[b].start && start < blocks[b].end)
                    block = static_cast<int>(b);
            }
            m_rows.append(Placed{&an, start, block});
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Placed &x, const Placed &y) { return x.start < y.start; });

        // Each character takes the annotation that starts last before it
        // (the innermost); a selected annotation wins over the others.
        const auto coverAt = [&](qsizetype offset) -> const Placed * {
            const Placed *cover = nullptr;
            for (const Placed &p : std::as_const(m_rows)) {
                const bool covers = p.start <= offset && offset < p.start + p.annotation->quote.size();
                if (covers && (!cover || p.annotation->id == m_selectedId || (cover->annotation->id != m_selectedId && p.start >= cover->start)))
                    cover = &p;
            }
            return cover;
        };
        for (const Block &b : std::as_const(blocks)) {
            QString html;
            qsizetype pos = b.start;
            while (pos < b.end) {
                const Placed *cover = coverAt(pos);
                qsizetype next = pos + 1; // extend the run while the cover stays the same
                while (next < b.end && coverAt(next) == cover)
                    ++next;
                const QStringView run = QStringView(text).mid(pos, next - pos);
                if (cover) {
                    const Annotation &an = *cover->annotation;
                    const bool selected = an.id == m_selectedId;
                    QString style = u"background-color:"_s + layerColor(an.layer) + u";color:"_s + VocabularyStyle::markInk() + u";text-decoration:none;"_s;
                    if (an.layer == u"factual-slip"_s || selected)
                        style += u"text-decoration:underline;"_s;
                    if (selected)
                        style += u"font-weight:bold;"_s;
                    html += u"<a href=\"annotation:"_s + an.id + u"\" style=\""_s + style + u"\">"_s + PackText::escapedRun(run) + u"</a>"_s;
                } else {
                    html += PackText::escapedRun(run);
                }
                pos = next;
            }
            m_blocks.append(ArticleBlock{b.kind, PackText::isolatedMarkup(html), text.mid(b.start, b.end - b.start)});
        }
    }
    endResetModel();
    Q_EMIT layersChanged();
    Q_EMIT blocksChanged();
}

int ArticleReader::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ArticleReader::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Placed &p = m_rows.at(index.row());
    const Annotation &an = *p.annotation;
    switch (static_cast<Role>(role)) {
    case IdRole: return an.id;
    case LayerRole: return an.layer;
    case LayerLabelRole: return layerLabel(an.layer);
    case ColorRole: return layerColor(an.layer);
    case QuoteRole: return an.quote;
    case NoteRole: return an.note;
    case ClaimIdRole: return an.claim;
    case CorrectionRole: return an.correction ? an.correction->text : QString();
    case BlockRole: return p.block;
    }
    return {};
}

QHash<int, QByteArray> ArticleReader::roleNames() const
{
    return {{IdRole, "annotationId"},
            {LayerRole, "layer"},
            {LayerLabelRole, "layerLabel"},
            {ColorRole, "layerColor"},
            {QuoteRole, "quote"},
            {NoteRole, "note"},
            {ClaimIdRole, "claimId"},
            {CorrectionRole, "correction"},
            {BlockRole, "block"}};
}

int ArticleReader::rowOf(const QString &annotationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].annotation->id == annotationId)
            return static_cast<int>(i);
    }
    return -1;
}

void ArticleReader::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    rebuild();
    Q_EMIT selectedChanged();
}

AnnotationNote ArticleReader::selected() const
{
    const int row = rowOf(m_selectedId);
    if (row < 0)
        return {};
    const Placed &p = m_rows.at(row);
    const Annotation &an = *p.annotation;
    const VocabularyEntry layer = VocabularyStyle::entry(VocabularyStyle::Kind::AnnotationLayer, an.layer);
    AnnotationNote note;
    note.id = an.id;
    note.layer = an.layer;
    note.layerLabel = layer.label;
    note.color = layer.color;
    note.quote = an.quote;
    note.note = an.note;
    note.block = p.block;
    note.row = row;
    if (an.correction) {
        QStringList sources;
        for (const QString &s : an.correction->sources) {
            for (const Source &src : m_data->sources) {
                if (src.id == s)
                    sources << src.outlet;
            }
        }
        note.hasCorrection = true;
        note.correction = an.correction->text;
        note.correctionSources = sources.join(u", "_s);
    }
    if (const Claim *c = m_data->claim(an.claim)) {
        note.hasClaim = true;
        note.claim = KnownNow::card(*m_data, *c);
    }
    return note;
}

int ArticleReader::focusClaim(const QString &claimId, const QString &quote)
{
    showAllLayers();
    for (const Placed &p : std::as_const(m_rows)) {
        if (!claimId.isEmpty() && p.annotation->claim == claimId) {
            setSelectedId(p.annotation->id);
            return rowOf(p.annotation->id);
        }
    }
    for (const Placed &p : std::as_const(m_rows)) {
        if (!quote.isEmpty() && (p.annotation->quote.contains(quote) || quote.contains(p.annotation->quote))) {
            setSelectedId(p.annotation->id);
            return rowOf(p.annotation->id);
        }
    }
    return -1;
}

QString ArticleReader::idAtRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).annotation->id : QString();
}
