// Small inline icons (no icon font, nothing fetched): stroke paths in the current colour.
const icon = (d: string) =>
  function Icon() {
    return (
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d={d} />
      </svg>
    );
  };

export const HomeIcon = icon('M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10');
export const CalendarIcon = icon('M4 5h16v16H4zM4 10h16M9 3v4M15 3v4');
export const CheckInIcon = icon('M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2');
export const AwardIcon = icon('M12 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12zM8.5 14l-1.5 7 5-3 5 3-1.5-7');
export const PersonIcon = icon('M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c1-4 4-6 8-6s7 2 8 6');
export const BuildingIcon = icon('M4 21V5l8-3 8 3v16M2 21h20M10 21v-4h4v4M8 8h2M14 8h2M8 12h2M14 12h2');
export const BookIcon = icon('M4 19V5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2 2 2 0 0 0 2 2h14M8 7h8');
export const BellIcon = icon('M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 21h4');
