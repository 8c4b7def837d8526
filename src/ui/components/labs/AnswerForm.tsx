/** The input for an answer step: the student types, "Check" hands the answer to the lab store. */
import { useId, useState } from 'react';
import { LabMarkdown } from './LabMarkdown.tsx';

export function AnswerForm({ question, saved, onAnswer }: { readonly question: string; readonly saved: string; readonly onAnswer: (text: string) => void }) {
  const [text, setText] = useState(saved);
  const id = useId();
  return (
    <form
      className="lab-answer"
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer(text);
      }}
    >
      <label htmlFor={id} className="lab-question">
        <LabMarkdown text={question} />
      </label>
      <div className="lab-answer-row">
        <input id={id} className="input" value={text} maxLength={500} autoComplete="off" spellCheck={false} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button">
          Check
        </button>
      </div>
    </form>
  );
}
