/** The loader script: defines <pain-explorer> once, even if the script is included twice. */
import { PainExplorerElement } from './PainExplorerElement';

if (!customElements.get('pain-explorer')) customElements.define('pain-explorer', PainExplorerElement);

declare global {
  interface HTMLElementTagNameMap {
    'pain-explorer': PainExplorerElement;
  }
}
