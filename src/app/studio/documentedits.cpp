// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CaseDocument's edits: JSON values, files, articles and annotations.
#include "case/casewriter.h"
#include "pack/packreader.h"
#include "studio/articletext.h"
#include "studio/casedocument.h"
#include "studio/fileeditcommand.h"
#include "studio/jsonpath.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

/// The last key of a path, for undo texts: "claims[3].paraphrase" → "paraphrase".
QString fieldName(const QString &path)
{
    const std::optional<QList<JsonPath::Step>> steps = JsonPath::parse(path);
    if (steps) {
        for (auto it = steps->crbegin(); it != steps->crend(); ++it) {
            if (it->index < 0)
                return it->key;
        }
    }
    return path;
}

/// Where the ids of a kind live: a file and an array in it ("" for the articles' own files).
struct IdPlace
{
    QString file, array;
};

const QHash<QString, IdPlace> &idPlaces()
{
    static const QHash<QString, IdPlace> places{
        {u"actor"_s, {u"actors.json"_s, u"actors"_s}},
        {u"camp"_s, {u"actors.json"_s, u"camps"_s}},
        {u"source"_s, {u"sources.json"_s, u"sources"_s}},
        {u"claim"_s, {u"claims.json"_s, u"claims"_s}},
        {u"phase"_s, {u"timeline.json"_s, u"phases"_s}},
        {u"event"_s, {u"timeline.json"_s, u"events"_s}},
        {u"laterDevelopment"_s, {u"timeline.json"_s, u"laterDevelopments"_s}},
        {u"criterion"_s, {u"rubric.json"_s, u"criteria"_s}},
        {u"quiz"_s, {u"quiz.json"_s, u"items"_s}},
        {u"chapter"_s, {u"lesson.json"_s, u"chapters"_s}},
        {u"step"_s, {u"lesson.json"_s, u"chapters[].steps"_s}},
        {u"annotation"_s, {u"articles/"_s, u"annotations"_s}},
        {u"article"_s, {u"articles/"_s, QString()}},
    };
    return places;
}

void collectIds(const QJsonArray &items, QSet<QString> &out)
{
    for (const QJsonValue &v : items)
        out.insert(v.toObject().value(u"id"_s).toString());
}

QJsonObject newArticle(const QString &id, const QStringList &paragraphs)
{
    return QJsonObject{{u"id"_s, id},
                       {u"outlet"_s, QString()},
                       {u"outletKind"_s, u"other"_s},
                       {u"outletInferred"_s, false},
                       {u"headline"_s, QString()},
                       {u"byline"_s, QString()},
                       {u"date"_s, QDate::currentDate().toString(Qt::ISODate)},
                       {u"datePrecision"_s, u"day"_s},
                       {u"url"_s, QString()},
                       {u"provenance"_s, QString()},
                       {u"excerpt"_s, true},
                       {u"copyright"_s, QString()},
                       {u"standfirst"_s, QString()},
                       {u"caption"_s, QString()},
                       {u"furniture"_s, QJsonArray()},
                       {u"paragraphs"_s, QJsonArray::fromStringList(paragraphs)},
                       {u"annotations"_s, QJsonArray()}};
}

} // namespace

void CaseDocument::apply(const QString &file, const std::optional<StudioFile> &state)
{
    const bool filesChange = m_files.contains(file) != state.has_value();
    m_files.put(file, state);
    if (filesChange)
        Q_EMIT filesChanged();
    changed(file);
}

bool CaseDocument::pushFile(const QString &file, const std::optional<StudioFile> &after, const QString &text, const QString &mergeKey)
{
    const std::optional<StudioFile> before = m_files.file(file);
    if (before == after)
        return true;
    m_undo.push(new FileEditCommand([this](const QString &f, const std::optional<StudioFile> &s) { apply(f, s); }, file, before, after, text, mergeKey));
    return true;
}

bool CaseDocument::editJson(const QString &file, const QString &text, const QString &mergeKey, const std::function<bool(QJsonObject &)> &edit)
{
    const std::optional<StudioFile> current = m_files.file(file);
    if (!current)
        return fail(u"the case has no file %1"_s.arg(file));
    if (!current->parsed)
        return fail(u"%1 is not valid JSON; mend its text first"_s.arg(file));
    QJsonObject root = current->json;
    if (!edit(root))
        return fail(u"%1 has no such place to edit"_s.arg(file));
    return pushFile(file, StudioFile::fromJson(root), text, mergeKey);
}

void CaseDocument::endEdit()
{
    if (m_undo.index() > 0) {
        // The stack owns its commands and hands them out const; closing a merge changes no state.
        if (auto *last = dynamic_cast<FileEditCommand *>(const_cast<QUndoCommand *>(m_undo.command(m_undo.index() - 1))))
            last->closeMerging();
    }
}

namespace {
/// Whether a step changes anything: an edit, or a compound step holding one.
bool hasEdits(const QUndoCommand *step)
{
    if (dynamic_cast<const FileEditCommand *>(step))
        return true;
    for (int i = 0; i < step->childCount(); ++i)
        if (hasEdits(step->child(i)))
            return true;
    return false;
}
} // namespace

void CaseDocument::beginCompound(const QString &text)
{
    if (m_compoundDepth++ == 0) {
        endEdit(); // a field's typing before the action stays a step of its own
        m_compoundFailed = false;
    }
    m_undo.beginMacro(text);
}

void CaseDocument::endCompound(bool keep)
{
    if (m_compoundDepth == 0)
        return;
    m_undo.endMacro();
    m_compoundFailed = m_compoundFailed || !keep;
    if (--m_compoundDepth > 0)
        return; // a step inside another: the outer one decides
    keep = !m_compoundFailed;
    if (m_undo.index() == 0)
        return;
    // The stack owns its commands and hands them out const; marking one obsolete drops it.
    auto *macro = const_cast<QUndoCommand *>(m_undo.command(m_undo.index() - 1));
    const bool edited = hasEdits(macro);
    if (keep && edited)
        return;
    if (edited) {
        m_undo.undo(); // the edits taken back; then the step is dropped rather than redone
        macro->setObsolete(true);
        m_undo.redo();
    } else {
        macro->setObsolete(true); // nothing was edited: no empty step
        m_undo.undo();
    }
}

QJsonValue CaseDocument::value(const QString &file, const QString &path) const
{
    const std::optional<StudioFile> f = m_files.file(file);
    if (!f || !f->parsed)
        return QJsonValue::Undefined;
    return path.isEmpty() ? QJsonValue(f->json) : JsonPath::get(f->json, path);
}

bool CaseDocument::setValue(const QString &file, const QString &path, const QJsonValue &value)
{
    return editJson(file, u"Edit %1"_s.arg(fieldName(path)), file + u':' + path, [&](QJsonObject &root) { return JsonPath::set(root, path, value); });
}

bool CaseDocument::unset(const QString &file, const QString &path)
{
    return editJson(file, u"Clear %1"_s.arg(fieldName(path)), {}, [&](QJsonObject &root) { return JsonPath::set(root, path, QJsonValue::Undefined); });
}

bool CaseDocument::insert(const QString &file, const QString &arrayPath, int index, const QJsonValue &value)
{
    return editJson(file, u"Add to %1"_s.arg(fieldName(arrayPath)), {}, [&](QJsonObject &root) { return JsonPath::insert(root, arrayPath, index, value); });
}

bool CaseDocument::remove(const QString &file, const QString &arrayPath, int index)
{
    return editJson(file, u"Remove from %1"_s.arg(fieldName(arrayPath)), {}, [&](QJsonObject &root) { return JsonPath::remove(root, arrayPath, index); });
}

bool CaseDocument::move(const QString &file, const QString &arrayPath, int from, int to)
{
    return editJson(file, u"Move in %1"_s.arg(fieldName(arrayPath)), {}, [&](QJsonObject &root) { return JsonPath::move(root, arrayPath, from, to); });
}

QString CaseDocument::fileText(const QString &file) const
{
    return QString::fromUtf8(m_files.bytes(file));
}

bool CaseDocument::setFileText(const QString &file, const QString &text)
{
    if (const QString why = PackReader().checkEntryName(file); !why.isEmpty())
        return fail(why);
    return pushFile(file, StudioFile::fromBytes(file, text.toUtf8()), u"Edit %1"_s.arg(file), u"text:"_s + file);
}

QString CaseDocument::caseId() const
{
    return value(u"case.json"_s, u"id"_s).toString();
}

QString CaseDocument::title() const
{
    return value(u"case.json"_s, u"title"_s).toString();
}

QStringList CaseDocument::articleIds() const
{
    QStringList ids;
    for (const QString &file : m_files.names()) {
        if (file.startsWith(u"articles/"_s) && CaseWriter::isCaseJson(file))
            ids << file.mid(9, file.size() - 9 - 5);
    }
    return ids;
}

QString CaseDocument::articleFile(const QString &articleId)
{
    return u"articles/"_s + articleId + u".json"_s;
}

QString CaseDocument::articleText(const QString &articleId) const
{
    return ArticleText::fullText(value(articleFile(articleId), {}).toObject());
}

bool CaseDocument::setArticleText(const QString &articleId, const QString &text)
{
    const QJsonArray paragraphs = QJsonArray::fromStringList(ArticleText::paragraphsFromText(text));
    return editJson(articleFile(articleId), u"Edit the article's text"_s, articleFile(articleId) + u":paragraphs"_s, [&](QJsonObject &root) {
        root.insert(u"paragraphs"_s, paragraphs);
        return true;
    });
}

QString CaseDocument::addArticle(const QStringList &paragraphs, const QVariantMap &fields)
{
    if (paragraphs.isEmpty()) {
        fail(u"the text has no words to make an article of"_s);
        return {};
    }
    const QString headline = fields.value(u"headline"_s).toString();
    const QString id = fields.contains(u"id"_s) ? fields.value(u"id"_s).toString() : newId(u"article"_s, headline.isEmpty() ? paragraphs.first() : headline);
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    if (!idPattern.match(id).hasMatch()) {
        fail(u"\"%1\" is not an id: lower-case letters, digits and '-'"_s.arg(id));
        return {};
    }
    if (usedIds(u"article"_s).contains(id)) {
        fail(u"the case already has an article \"%1\""_s.arg(id));
        return {};
    }
    QJsonObject article = newArticle(id, paragraphs);
    const QJsonObject given = QJsonObject::fromVariantMap(fields);
    for (auto it = given.begin(); it != given.end(); ++it)
        article.insert(it.key(), it.value());
    const QByteArray text = CaseWriter::serialise(articleFile(id), article);
    if (text.size() > PackLimits().maxFileBytes) {
        fail(u"the article would be larger than %1 MiB, the limit for one file of a case"_s.arg(PackLimits().maxFileBytes / PackLimits::MiB));
        return {};
    }
    pushFile(articleFile(id), StudioFile::fromJson(article), u"Add article"_s);
    return id;
}

QString CaseDocument::addArticleFromText(const QString &text, const QVariantMap &fields)
{
    if (text.size() > PackLimits().maxFileBytes) { // characters: at least as many bytes
        fail(u"the text is larger than %1 MiB, the limit for one file of a case"_s.arg(PackLimits().maxFileBytes / PackLimits::MiB));
        return {};
    }
    return addArticle(ArticleText::looksLikeHtml(text) ? ArticleText::paragraphsFromHtml(text) : ArticleText::paragraphsFromText(text), fields);
}

QString CaseDocument::addArticleFromFile(const QString &pathOrUrl, const QVariantMap &fields)
{
    const QUrl url(pathOrUrl);
    QFile file(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(u"could not read %1: %2"_s.arg(file.fileName(), file.errorString()));
        return {};
    }
    const QByteArray bytes = file.read(PackLimits().maxFileBytes + 1);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        fail(u"%1 is not UTF-8 text; save it as UTF-8 and try again"_s.arg(file.fileName()));
        return {};
    }
    const bool html = file.fileName().endsWith(u".html"_s, Qt::CaseInsensitive) || file.fileName().endsWith(u".htm"_s, Qt::CaseInsensitive);
    if (bytes.size() > PackLimits().maxFileBytes)
        return addArticleFromText(text + u'\n', fields); // refused there, with the message about size
    return addArticle(html ? ArticleText::paragraphsFromHtml(text) : ArticleText::paragraphsFromText(text), fields);
}

bool CaseDocument::removeArticle(const QString &articleId)
{
    if (!m_files.contains(articleFile(articleId)))
        return fail(u"the case has no article \"%1\""_s.arg(articleId));
    return pushFile(articleFile(articleId), std::nullopt, u"Remove article"_s);
}

QVariantMap CaseDocument::annotationFromSelection(const QString &articleId, int start, int end) const
{
    const ArticleText::Quote q = ArticleText::quoteAt(articleText(articleId), start, end);
    return {{u"quote"_s, q.quote},
            {u"occurrence"_s, q.occurrence},
            {u"start"_s, static_cast<int>(q.start)},
            {u"end"_s, static_cast<int>(q.end)},
            {u"error"_s, q.error}};
}

QString CaseDocument::addAnnotation(const QString &articleId, int start, int end, const QString &layer, const QString &note)
{
    const ArticleText::Quote q = ArticleText::quoteAt(articleText(articleId), start, end);
    if (!q.error.isEmpty()) {
        fail(q.error);
        return {};
    }
    const QString id = newId(u"annotation"_s, u"a-"_s + articleId.left(20) + u'-' + ArticleText::slug(q.quote, 16));
    QJsonObject annotation{{u"id"_s, id}, {u"layer"_s, layer}, {u"quote"_s, q.quote}, {u"note"_s, note}};
    if (q.occurrence > 1) // 1 is the format's default
        annotation.insert(u"occurrence"_s, q.occurrence);
    const bool added =
        editJson(articleFile(articleId), u"Add annotation"_s, {}, [&](QJsonObject &root) { return JsonPath::insert(root, u"annotations"_s, -1, annotation); });
    return added ? id : QString();
}

QSet<QString> CaseDocument::usedIds(const QString &kind) const
{
    QSet<QString> ids;
    const IdPlace place = idPlaces().value(kind);
    if (place.file == u"articles/"_s) {
        for (const QString &article : articleIds()) {
            if (place.array.isEmpty())
                ids.insert(article);
            else
                collectIds(value(articleFile(article), place.array).toArray(), ids);
        }
    } else if (place.array == u"chapters[].steps"_s) {
        for (const QJsonValue &chapter : value(place.file, u"chapters"_s).toArray())
            collectIds(chapter.toObject().value(u"steps"_s).toArray(), ids);
    } else if (!place.file.isEmpty()) {
        collectIds(value(place.file, place.array).toArray(), ids);
    }
    return ids;
}

QString CaseDocument::newId(const QString &kind, const QString &base) const
{
    QString stem = ArticleText::slug(base);
    if (stem.isEmpty())
        stem = ArticleText::slug(kind == u"laterDevelopment"_s ? u"later"_s : kind);
    const QSet<QString> used = usedIds(kind);
    QString id = stem;
    for (int n = 2; used.contains(id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}
