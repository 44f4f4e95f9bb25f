/**
 * The part of bpmn-moddle's API this adapter uses. The package ships element types under
 * `bpmn-moddle/types` but no declaration for its entry point.
 */
declare module 'bpmn-moddle' {
  /** A model element: its BPMN properties are plain fields (`id`, `name`, `flowElements`, ...). */
  export interface ModdleElement {
    $type: string;
    // biome-ignore lint/suspicious/noExplicitAny: moddle elements are dynamically shaped by type
    [property: string]: any;
    /** Reads a property; a many-valued one is created as a live empty list when absent. */
    // biome-ignore lint/suspicious/noExplicitAny: as above
    get(property: string): any;
  }

  export interface ModdleWarning {
    message: string;
    element?: ModdleElement;
    property?: string;
    value?: unknown;
  }

  export interface FromXmlResult {
    rootElement: ModdleElement;
    warnings: ModdleWarning[];
    elementsById: Record<string, ModdleElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    fromXML(xml: string, typeName?: string): Promise<FromXmlResult>;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
