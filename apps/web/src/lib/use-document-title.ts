import { useEffect } from 'react';

export const useDocumentTitle = (title: string | undefined) => {
  useEffect(() => {
    document.title = title ? `${title} — dondoc` : 'dondoc — Theo dõi, đôn đốc thực hiện kế hoạch PBGDPL';
  }, [title]);
};
