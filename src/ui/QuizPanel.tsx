import { useEffect, useRef } from 'react';
import { structureById } from '../content';
import { studiedById } from '../content/facts';
import { isPaired, type StructureId } from '../content/ids';
import { isPain, spreadFrom } from '../anatomy';
import { useExplorer } from '../state/store';
import type { Lang, Mode } from '../state/types';
import {
  allQuestions,
  claimsForFeedback,
  rightOption,
  type QuizAnswer,
  type QuizQuestion,
} from '../study/quiz';
import { nextQuestion, answerQuiz, rightNodeNames, startQuiz, startQuizTaps } from '../study/quizSession';
import { closeQuiz, useQuiz } from '../study/quizStore';
import { segmentsOf } from '../study/quizFacts';
import { useStudyStrings, type StudyTranslate } from '../study/strings';
import type { Connection, StudiedStructure } from '../content/schema';
import { AnatomyAdds } from './AnatomyAdds';
import { ClaimQuote } from './ClaimQuote';
import { GradeTag } from './GradeTag';
import { nameOf, structureName } from './names';
import '../study/study.css';

function prompt(question: QuizQuestion, t: StudyTranslate, mode: Mode, lang: Lang): string {
  switch (question.type) {
    case 'claim-source':
      return t(`quizClaimSource_${question.structureKind}`);
    case 'spread': {
      const name = structureName(structureById(question.subject), mode, lang);
      return t(question.subject.endsWith('_nerve_root') ? 'quizSpreadRoot' : 'quizSpreadPart', { name });
    }
    case 'innervation':
      return t('quizInnervation', { name: structureName(structureById(question.muscle), mode, lang) });
    case 'segments': {
      const subject = structureById(question.subject);
      const name = structureName(subject, mode, lang);
      return t(subject.kind === 'muscle' ? 'quizSegmentsMuscle' : 'quizSegmentsNerve', { name });
    }
    case 'attachment': {
      const subject = structureById(question.subject);
      return t(subject.kind === 'bursa' ? 'quizLiesOn' : 'quizAttachment', {
        name: structureName(subject, mode, lang),
      });
    }
  }
}

/** The connection that carries the subject's pain to the right region: its grade and our explanation. */
function spreadConnection(
  question: QuizQuestion & { type: 'spread' },
  right: QuizAnswer,
): Connection | undefined {
  const spreads = spreadFrom(question.subject, isPaired(question.subject) ? 'right' : null).filter(isPain);
  const connections = spreads.find((s) => s.region === right.id)?.connections ?? [];
  // The article's own word, where there is one, before what anatomy adds.
  return connections.find((c) => c.grade === 'article') ?? connections[0];
}

function Feedback({ question }: { question: QuizQuestion }) {
  const t = useStudyStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const last = useQuiz((s) => s.given.at(-1));
  if (!last) return null;
  const right = rightOption(question);
  const shown = last.right ? last.answer : right;
  return (
    <div
      className={`quiz__feedback quiz__feedback--${last.right ? 'right' : 'wrong'}`}
      role="status"
      data-testid="quiz-feedback"
      data-right={last.right}
    >
      <p>
        <strong>{last.right ? t('quizRight') : t('quizWrong', { answer: nameOf(right, mode, lang) })}</strong>{' '}
        {t('quizYouChose', { answer: nameOf(last.answer, mode, lang) })}
      </p>
      {question.type === 'segments' && <SegmentsFacts id={question.subject} />}
      {question.type === 'attachment' && <AttachmentFacts subjectId={question.subject} />}
      {question.type === 'innervation' ? (
        <InnervationFacts muscleId={question.muscle} />
      ) : (
        // A claim-source question shows its quote already, above the choices.
        question.type === 'spread' &&
        claimsForFeedback(question)
          .slice(0, 2)
          .map((claim) => <ClaimQuote key={claim} id={claim} />)
      )}
      {question.type === 'spread' && <SpreadExplanation connection={spreadConnection(question, right)} />}
      {shown.kind === 'structure' && question.type !== 'innervation' && question.type !== 'segments' && (
        <p className="hint">{studiedById(shown.id).description[lang]}</p>
      )}
    </div>
  );
}

function SpreadExplanation({ connection }: { connection: Connection | undefined }) {
  const lang = useExplorer((s) => s.lang);
  if (!connection) return null;
  return (
    <>
      {connection.grade === 'article' && (
        <p>
          <GradeTag grade="article" />
        </p>
      )}
      <AnatomyAdds connection={connection} />
      <p className="hint">{connection.student[lang]}</p>
    </>
  );
}

/** The anatomy reference under a quiz answer's facts. */
function ReferenceLine({ structure }: { structure: StudiedStructure }) {
  const t = useStudyStrings();
  return (
    <p className="hint">
      {t('quizReference')}{' '}
      <cite lang="en">
        {structure.references.map((r) => (r.locator ? `${r.source}, ${r.locator}` : r.source)).join('; ')}
      </cite>
    </p>
  );
}

function InnervationFacts({ muscleId }: { muscleId: StructureId }) {
  const t = useStudyStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const muscle = studiedById(muscleId);
  const innervation = muscle.muscle?.innervation;
  if (!innervation) return null;
  const nerve = innervation.nerves.map((id) => structureName(structureById(id), mode, lang)).join(', ');
  return (
    <>
      <p data-testid="quiz-innervation">
        {t('quizInnervationFeedback', {
          muscle: structureName(muscle, mode, lang),
          nerve: innervation.branch ? `${nerve} (${innervation.branch[lang]})` : nerve,
          segments: innervation.segments.join(', '),
        })}
      </p>
      <ReferenceLine structure={muscle} />
    </>
  );
}

/** A segments answer's feedback: all the subject's segments, with the anatomy reference. */
function SegmentsFacts({ id }: { id: StructureId }) {
  const t = useStudyStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const subject = studiedById(id);
  return (
    <>
      <p data-testid="quiz-segments">
        {t('quizSegmentsFeedback', {
          name: structureName(subject, mode, lang),
          segments: segmentsOf(id).join(', '),
        })}
      </p>
      <ReferenceLine structure={subject} />
    </>
  );
}

/** An attachment answer's feedback: where the ligament, cartilage or bursa is attached, with the reference. */
function AttachmentFacts({ subjectId }: { subjectId: StructureId }) {
  const lang = useExplorer((s) => s.lang);
  const subject = studiedById(subjectId);
  if (!subject.attachment) return null;
  return (
    <>
      <p data-testid="quiz-attachment">{subject.attachment.attachments[lang]}</p>
      <ReferenceLine structure={subject} />
    </>
  );
}

/** Test builds expose the round so e2e can tap the right structures (derived from the graph, not stored). */
function useQuizTestHook() {
  useEffect(() => {
    if (!navigator.webdriver) return;
    const hook = {
      rightNodeNames,
      current: () => {
        const { round, index, phase } = useQuiz.getState();
        return { id: round[index]?.id ?? null, phase, taps: round[index]?.taps ?? null };
      },
      startWith: (ids: string[]) => {
        const pool = allQuestions();
        startQuiz(ids.map((id) => pool.find((q) => q.id === id)).filter((q) => q !== undefined));
      },
    };
    window.__explorerQuiz = hook;
  }, []);
}

/**
 * The quiz: questions made from the content, answered by tapping the body or choosing; feedback quotes
 * the article (or names the anatomy reference); a score at the end of the round.
 */
export function QuizCard() {
  const t = useStudyStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const { round, index, phase, given } = useQuiz();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => startQuizTaps(), []);
  useQuizTestHook();
  useEffect(() => {
    if (phase !== 'closed') heading.current?.focus();
  }, [phase, index]);
  // Leaving student mode ends the round.
  useEffect(() => {
    if (mode !== 'student' && useQuiz.getState().phase !== 'closed') closeQuiz();
  }, [mode]);

  if (phase === 'closed') return null;
  const question = round[index];
  const score = given.filter((g) => g.right).length;
  return (
    <section className="quiz" aria-labelledby="quiz-title" data-testid="quiz" data-phase={phase}>
      <h2 id="quiz-title" ref={heading} tabIndex={-1}>
        {phase === 'done' ? t('quizDone') : t('quizHeading')}
      </h2>
      {phase === 'done' || !question ? (
        <>
          <p data-testid="quiz-score" data-score={score} data-total={round.length}>
            <strong>{t('quizScore', { score: String(score), total: String(round.length) })}</strong>
          </p>
          <div className="quiz__options">
            <button type="button" className="button" data-testid="quiz-again" onClick={() => startQuiz()}>
              {t('quizAgain')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              data-testid="quiz-close"
              onClick={closeQuiz}
            >
              {t('quizClose')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="quiz__progress">
            {t('quizProgress', { n: String(index + 1), total: String(round.length) })} ·{' '}
            {t('quizScore', { score: String(score), total: String(given.length) })}
          </p>
          <p data-testid="quiz-prompt" data-question={question.id}>
            <strong>{prompt(question, t, mode, lang)}</strong>
          </p>
          {question.type === 'claim-source' && <ClaimQuote id={question.claim} tourLink={false} />}
          <p className="hint">{question.taps === 'region' ? t('quizTapRegion') : t('quizTapOrChoose')}</p>
          <div className="quiz__options" role="group" aria-label={prompt(question, t, mode, lang)}>
            {question.options.map((option) => {
              const chosen = phase === 'answered' && given.at(-1)?.answer.id === option.id;
              const right = phase === 'answered' && rightOption(question).id === option.id;
              return (
                <button
                  key={option.id}
                  type="button"
                  className="button"
                  data-testid={`quiz-option-${option.id}`}
                  data-verdict={right ? 'right' : chosen ? 'wrong' : undefined}
                  disabled={phase !== 'asking'}
                  onClick={() => answerQuiz(option)}
                >
                  {nameOf(option, mode, lang)}
                </button>
              );
            })}
          </div>
          {phase === 'answered' && (
            <>
              <Feedback question={question} />
              <button type="button" className="button" data-testid="quiz-next" onClick={nextQuestion}>
                {index + 1 < round.length ? t('quizNext') : t('quizFinish')}
              </button>
            </>
          )}
          <button type="button" className="button button--quiet" data-testid="quiz-close" onClick={closeQuiz}>
            {t('quizClose')}
          </button>
        </>
      )}
    </section>
  );
}
