/** The desk's views: what the centre and right panes show. The left pane switches between them. */
export type DeskView = 'library' | 'board' | 'sources' | 'trash';

export const DESK_VIEWS: readonly { id: DeskView; label: string; key: string }[] = [
  { id: 'library', label: 'Library', key: '1' },
  { id: 'board', label: 'Claims board', key: '2' },
  { id: 'sources', label: 'Sources', key: '3' },
  { id: 'trash', label: 'Trash', key: '4' },
];
