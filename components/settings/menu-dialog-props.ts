/** A dialog that a row's menu opens: its open state, and where focus goes back when it closes. */
export interface MenuDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
}
